package org.nianbao.run;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.nianbao.model.Report;
import org.nianbao.recognize.DateTexts;

/**
 * When each report was actually published, from a list the supervising office keeps (CSV or Excel, one row per
 * report: the file or the body's name, the date, optionally the report year). A report found in the list is checked
 * for lateness against that date rather than its signature date. The first row may be a header
 * ({@code 文件,发布日期,年度} or {@code file,date,year}); without one the columns are name, date, year.
 *
 * <p>A row names a file by its path as shown, the end of that path ({@code 2023/商务局.pdf}) or its file name;
 * otherwise it names a body, matched as
 * {@link PreviousReports#normalise} matches bodies, and, when it has a year, only that year's report. Rows that
 * named nothing checked are {@link #unused()}. Safe to use from several threads.
 */
public final class PublicationDates {
    /** A list with no rows. */
    public static final PublicationDates NONE = new PublicationDates("", List.of());

    private static final Charset GBK = Charset.forName("GBK");

    /**
     * One row.
     *
     * @param line the row's number in its file (1-based, the header counted), for messages
     */
    public record Entry(int line, String name, LocalDate date, Integer year) {
    }

    /** A list that cannot be used; the message names the file and the row. */
    public static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    private final String source;
    private final List<Entry> entries;
    private final Set<Entry> used = ConcurrentHashMap.newKeySet();

    private PublicationDates(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /** A list given row by row (a config file's). */
    public static PublicationDates of(String source, List<Entry> entries) {
        return new PublicationDates(source, entries);
    }

    /** Reads a .csv (UTF-8, or GBK as Excel writes it on Chinese Windows) or an .xlsx/.xls (its first sheet). */
    public static PublicationDates load(Path file) throws IOException, InvalidException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> rows = name.endsWith(".xlsx") || name.endsWith(".xls") ? workbookRows(file)
                : csvRows(file);
        return new PublicationDates(file.toString(), entries(file.toString(), rows));
    }

    /** Where the list came from (a file name), for messages. */
    public String source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The rows that named no report checked so far. */
    public List<Entry> unused() {
        return entries.stream().filter(e -> !used.contains(e)).toList();
    }

    /** The publication date of the report read from the file shown as {@code shown}, if the list has it. */
    public Optional<LocalDate> lookup(Path shown, Report report) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String path = shown.toString().replace('\\', '/');
        String plain = path.startsWith("./") ? path.substring(2) : path;
        String fileName = shown.getFileName() == null ? plain : shown.getFileName().toString();
        for (Entry e : entries) {
            String n = e.name().replace('\\', '/');
            if (n.equals(plain) || n.equals(fileName) || plain.endsWith("/" + n)) {
                used.add(e);
                return Optional.of(e.date());
            }
        }
        if (report.agency() == null) {
            return Optional.empty();
        }
        String body = PreviousReports.normalise(report.agency());
        for (Entry e : entries) {
            if (PreviousReports.normalise(e.name()).equals(body)
                    && (e.year() == null || e.year().equals(report.year()))) {
                used.add(e);
                return Optional.of(e.date());
            }
        }
        return Optional.empty();
    }

    private static List<Entry> entries(String source, List<List<String>> rows) throws InvalidException {
        int nameColumn = 0;
        int dateColumn = 1;
        int yearColumn = 2;
        int first = 0;
        if (!rows.isEmpty() && isHeader(rows.get(0))) {
            List<String> header = rows.get(0);
            nameColumn = column(header, "文件", "文件名", "单位", "机关", "名称", "file", "name", "body", "agency");
            dateColumn = column(header, "发布日期", "日期", "发布时间", "date", "published");
            yearColumn = column(header, "年度", "年份", "year");
            if (nameColumn < 0 || dateColumn < 0) {
                throw new InvalidException(source + "：第 1 行的表头应有“文件”（或“单位”）和“发布日期”两列 / the header"
                        + " row needs a file (or body) column and a date column");
            }
            first = 1;
        }
        List<Entry> out = new ArrayList<>();
        for (int i = first; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String name = cell(row, nameColumn);
            String dateText = cell(row, dateColumn);
            if (name.isEmpty() && dateText.isEmpty()) {
                continue; // a blank row
            }
            int line = i + 1;
            LocalDate date = DateTexts.wholeDate(dateText);
            if (name.isEmpty() || date == null) {
                throw new InvalidException(source + "：第 " + line + " 行" + (name.isEmpty() ? "缺少文件名或单位名称"
                        : "的日期“" + dateText + "”无法识别，请写作 2024-01-20 或 2024年1月20日") + " / row " + line
                        + (name.isEmpty() ? ": no file or body name" : ": cannot read the date '" + dateText
                        + "'; write 2024-01-20"));
            }
            Integer year = null;
            String yearText = cell(row, yearColumn).replaceAll("年度?$", "");
            if (!yearText.isEmpty()) {
                try {
                    year = Integer.valueOf(yearText.replaceAll("\\.0$", ""));
                } catch (NumberFormatException e) {
                    throw new InvalidException(source + "：第 " + line + " 行的年度“" + yearText + "”不是数字 / row "
                            + line + ": the year '" + yearText + "' is not a number");
                }
            }
            out.add(new Entry(line, name, date, year));
        }
        return out;
    }

    private static boolean isHeader(List<String> row) {
        return row.size() > 1 && DateTexts.wholeDate(row.get(1)) == null
                && row.stream().anyMatch(c -> c.matches("(?i).*(日期|时间|date|published).*"));
    }

    private static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.equals(n) || h.contains(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }

    private static List<List<String>> csvRows(Path file) throws IOException, InvalidException {
        String text = decode(Files.readAllBytes(file));
        char separator = text.lines().findFirst().map(l -> l.contains("\t") ? '\t' : l.contains(";")
                && !l.contains(",") ? ';' : ',').orElse(',');
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (RuntimeException | IOException e) {
            throw new InvalidException(file + "：不是有效的 CSV / not a valid CSV file: " + e.getMessage());
        }
        return rows;
    }

    /** UTF-8 (a BOM dropped) when the bytes are UTF-8, else GBK. */
    private static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, GBK);
        }
    }

    private static List<List<String>> workbookRows(Path file) throws IOException, InvalidException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        } catch (RuntimeException e) {
            throw new InvalidException(file + "：无法读取这个 Excel 文件 / cannot read this workbook: " + e.getMessage());
        }
        return rows;
    }
}
