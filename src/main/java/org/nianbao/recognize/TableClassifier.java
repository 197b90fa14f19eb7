package org.nianbao.recognize;

import java.util.List;
import java.util.Map;
import org.nianbao.model.TableId;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/** Tells which statistics table a raw table is, by the words in its cells; null for any other table. */
final class TableClassifier {
    private static final int MIN_HITS = 2;
    private static final Map<TableId, List<String>> WORDS = Map.of(
            TableId.PROACTIVE, List.of("第二十条", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制",
                    "行政事业性收费", "本年制发件数", "本年新制作数量"),
            TableId.APPLICATIONS, List.of("自然人", "商业企业", "科研机构", "本年新收", "予以公开", "不予公开",
                    "无法提供", "不予处理", "结转"),
            TableId.REVIEW_LITIGATION, List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "尚未审结",
                    "直接起诉"));

    TableId classify(RawTable table) {
        StringBuilder all = new StringBuilder();
        for (RawCell cell : table.cells()) {
            all.append(TextNormalizer.normalize(cell.text())).append('|');
        }
        String text = all.toString();
        TableId best = null;
        int bestHits = MIN_HITS - 1;
        for (Map.Entry<TableId, List<String>> e : WORDS.entrySet()) {
            int hits = (int) e.getValue().stream().filter(text::contains).count();
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            } else if (hits == bestHits && best != null) {
                best = null;
            }
        }
        return best;
    }
}
