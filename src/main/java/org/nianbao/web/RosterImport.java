package org.nianbao.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An audit's roster as an office keeps it: a spreadsheet (.xlsx) or CSV, its first row naming the columns — 名称
 * (or 单位、机关、name), 层级 (level: 政府/部门), 截止日期 (deadline), 联系人 (contact), in any order; only the name is
 * needed. A CSV may be UTF-8 (as Excel's "CSV UTF-8" saves it) or GBK (as Excel's plain CSV saves it on a Chinese
 * system). A row that cannot be used is reported with its number, never silently dropped.
 */
final class RosterImport {
    /** One body as the file gives it. */
    record Entry(int line, String name, String level, String deadline, String contact) {
    }

    /** What the file held: its bodies, and its rows that could not be used, each in words. */
    record Result(List<Entry> entries, List<String> problems) {
    }

    /** More bodies than any one office audits: a file past it is refused rather than read. */
    static final int MAX_BODIES = 5000;

    private RosterImport() {
    }

    static Result read(String fileName, byte[] content, boolean zh) {
        List<List<String>> rows;
        try {
            rows = isXlsx(content) ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(zh ? "无法读取名单文件“" + fileName + "”：请上传 .xlsx 或 .csv 文件。"
                    : "Cannot read the roster '" + fileName + "': upload an .xlsx or .csv file."));
        }
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(zh ? "名单文件是空的。" : "The roster file is empty."));
        }
        List<String> head = rows.get(0);
        int name = column(head, "名称", "单位", "机关", "name", "body");
        int level = column(head, "层级", "级别", "类型", "level");
        int deadline = column(head, "截止", "期限", "deadline");
        int contact = column(head, "联系", "contact");
        int first = 1;
        if (name < 0) { // no header: the first column is the name
            name = 0;
            first = 0;
        }
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = first; i < rows.size() && out.size() < MAX_BODIES; i++) {
            List<String> r = rows.get(i);
            String n = at(r, name);
            if (n == null) {
                continue; // a blank row
            }
            String lv = levelId(at(r, level));
            String d = at(r, deadline);
            LocalDate date = d == null ? null : AuditStatus.date(d.replace('/', '-').replace('.', '-'));
            if (d != null && date == null) {
                problems.add(zh ? "第 " + (i + 1) + " 行“" + n + "”的截止日期“" + d + "”不是 yyyy-mm-dd 格式的日期，已按层级的时限计。"
                        : "Row " + (i + 1) + " (" + n + "): deadline '" + d + "' is not a yyyy-mm-dd date; the level's"
                                + " deadline is used.");
            }
            if (at(r, level) != null && lv == null) {
                problems.add(zh ? "第 " + (i + 1) + " 行“" + n + "”的层级“" + at(r, level) + "”应为“政府”或“部门”。"
                        : "Row " + (i + 1) + " (" + n + "): level '" + at(r, level) + "' should be government or"
                                + " department.");
            }
            out.add(new Entry(i + 1, n, lv, date == null ? null : date.toString(), at(r, contact)));
        }
        if (out.size() >= MAX_BODIES) {
            problems.add(zh ? "名单超过 " + MAX_BODIES + " 个机关，其后的行未导入。" : "Only the first " + MAX_BODIES
                    + " bodies were imported.");
        }
        return new Result(out, problems);
    }

    private static boolean isXlsx(byte[] c) {
        return c.length > 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.CHINA);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (out.size() > MAX_BODIES + 1) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()) && c < 20; c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
                                .toString());
                    } else {
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                out.add(cells);
            }
        }
        return out;
    }

    private static List<List<String>> csv(byte[] content) throws CharacterCodingException {
        String text = decode(content);
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r")) {
            if (out.size() > MAX_BODIES + 1) {
                break;
            }
            out.add(fields(line));
        }
        return out;
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else GBK. */
    private static String decode(byte[] content) throws CharacterCodingException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        }
    }

    /** A CSV line's fields: commas (also full-width) and tabs separate; double quotes enclose. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == '，' || ch == '\t') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    private static int column(List<String> head, String... names) {
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i).strip().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.contains(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String at(List<String> row, int i) {
        if (i < 0 || i >= row.size()) {
            return null;
        }
        String s = row.get(i).strip();
        return s.isEmpty() ? null : s;
    }

    /** 政府 / 人民政府 / government → government; 部门 / department → department; else null. */
    static String levelId(String s) {
        if (s == null) {
            return null;
        }
        String l = s.strip().toLowerCase(Locale.ROOT);
        if (l.contains("政府") || l.startsWith("gov")) {
            return "government";
        }
        if (l.contains("部门") || l.startsWith("dep")) {
            return "department";
        }
        return null;
    }
}
