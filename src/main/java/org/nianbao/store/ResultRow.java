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
 * @param published the report's publication date (yyyy-MM-dd) as the check used it, or null when none was known
 * @param issued    the date under its signature, or null
 */
public record ResultRow(String id, String batchId, int seq, String fileHash, String fileName, long checked,
        String rulesVersion, String inputFormat, String status, String agency, String bodyKey, Integer year,
        String level, int errors, int warnings, int infos, List<String> rules, Rendered rendered, String published,
        String issued) {

    public ResultRow {
        rules = List.copyOf(rules);
    }

    /** A result without dates (an unreadable file, or one stored before dates were kept). */
    public ResultRow(String id, String batchId, int seq, String fileHash, String fileName, long checked,
            String rulesVersion, String inputFormat, String status, String agency, String bodyKey, Integer year,
            String level, int errors, int warnings, int infos, List<String> rules, Rendered rendered) {
        this(id, batchId, seq, fileHash, fileName, checked, rulesVersion, inputFormat, status, agency, bodyKey, year,
                level, errors, warnings, infos, rules, rendered, null, null);
    }

    /** The short id of the report's body, for addresses (null when the report names none). */
    public String bodyId() {
        return bodyKey == null ? null : Migrations.bodyId(bodyKey);
    }

    /** The short id of a body's key, as {@link #bodyId()} gives it. */
    public static String bodyIdOf(String bodyKey) {
        return Migrations.bodyId(bodyKey);
    }

    /**
     * The result as shown: an HTML section and a JSON object, each in Chinese and English; and the report as read,
     * in the model's JSON shape (null for an unreadable file, or a result stored before models were kept).
     */
    public record Rendered(String htmlZh, String htmlEn, String jsonZh, String jsonEn, String model) {
        public Rendered(String htmlZh, String htmlEn, String jsonZh, String jsonEn) {
            this(htmlZh, htmlEn, jsonZh, jsonEn, null);
        }

        public String html(boolean zh) {
            return zh ? htmlZh : htmlEn;
        }

        public String json(boolean zh) {
            return zh ? jsonZh : jsonEn;
        }
    }
}
