package org.nianbao.store;

import java.util.List;

/**
 * One file's result in one batch. Results are never updated or deleted: checking again adds new rows.
 *
 * @param seq      the file's position in its batch
 * @param fileName the name the uploader gave, for display only
 * @param bodyKey  the body's normalised name, to find its other years (null when the report names none)
 * @param checked  epoch milliseconds
 * @param rules    the rules with errors or warnings (errors first), or the reason it was unreadable
 * @param rendered the stored renderings, or null when only the summary columns were loaded
 */
public record ResultRow(String id, String batchId, int seq, String fileHash, String fileName, long checked,
        String rulesVersion, String inputFormat, String status, String agency, String bodyKey, Integer year,
        String level, int errors, int warnings, int infos, List<String> rules, Rendered rendered) {

    public ResultRow {
        rules = List.copyOf(rules);
    }

    /** The result as shown: an HTML section and a JSON object, each in Chinese and English. */
    public record Rendered(String htmlZh, String htmlEn, String jsonZh, String jsonEn) {
        public String html(boolean zh) {
            return zh ? htmlZh : htmlEn;
        }

        public String json(boolean zh) {
            return zh ? jsonZh : jsonEn;
        }
    }
}
