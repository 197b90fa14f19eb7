package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.nianbao.model.Lang;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * JUnit XML for CI: {@code <testsuites>} with one {@code <testsuite>} per file and one {@code <testcase>} per rule of
 * the profile applied. A rule with errors or warnings fails (one {@code <failure>}: the first message as its
 * {@code message}, every violation with its location, expected and found in the body); infos are style and do not
 * fail a build, so they go to the testcase's {@code <system-out>}; a rule with only suppressed or not-assessable
 * findings is {@code <skipped>} with the reason. An unreadable file is a suite with one
 * {@code <error>} testcase named after its {@code INPUT.*} outcome. Counts sit on each suite (streamed, so the root
 * carries none).
 */
public final class JUnitXmlWriter implements ResultWriter {
    private final XMLStreamWriter x;
    private final Lang lang;
    private final RuleSet rules;
    private final boolean zh;

    public JUnitXmlWriter(OutputStream out, Lang lang, RuleSet rules) throws IOException {
        try {
            this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        this.lang = lang;
        this.rules = rules;
        this.zh = lang == Lang.ZH;
    }

    @Override
    public void start() throws IOException {
        try {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            attr("name", "nianbao");
            x.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void file(FileResult r) throws IOException {
        try {
            if (r.unreadable() != null) {
                unreadable(r);
            } else {
                checked(r);
            }
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void unreadable(FileResult r) throws XMLStreamException {
        suite(r, 1, 0, 1, 0);
        String code = r.unreadable().problem().code();
        x.writeStartElement("testcase");
        attr("classname", r.file().toString());
        attr("name", code);
        x.writeStartElement("error");
        attr("type", code);
        attr("message", Outcomes.message(r.unreadable(), lang));
        x.writeCharacters(clean(r.unreadable().detail() == null ? "" : r.unreadable().detail()));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private void checked(FileResult r) throws XMLStreamException {
        Map<String, List<Violation>> failing = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Map<String, String> infos = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (CompiledRule c : rules.forProfile(r.evaluation().profile())) {
            if (!ids.contains(c.definition().id())) {
                ids.add(c.definition().id());
            }
        }
        for (Violation v : r.evaluation().violations()) {
            // a finding on a scanned cell names the cell, what OCR read, and its page and box on the scan
            String scanned = String.join("", OcrCells.lines(v, r.report(), lang, false).stream().map(l -> "\n  " + l)
                    .toList());
            if (v.assessable() && v.severity() == Severity.INFO) {
                infos.merge(v.ruleId(), v.message(lang) + scanned, (a, b) -> a + "\n" + b);
            } else if (v.assessable()) {
                failing.computeIfAbsent(v.ruleId(), k -> new ArrayList<>()).add(v);
            } else {
                skipped.putIfAbsent(v.ruleId(), (zh ? "无法判断：" : "not assessable: ") + v.message(lang) + scanned);
            }
        }
        for (FileResult.Suppressed s : r.suppressed()) {
            skipped.putIfAbsent(s.violation().ruleId(), (zh ? "已豁免：" : "suppressed: ") + s.reason());
        }
        long skippedCount = ids.stream().filter(id -> !failing.containsKey(id) && skipped.containsKey(id)).count();
        long failures = ids.stream().filter(failing::containsKey).count();
        suite(r, ids.size(), failures, 0, skippedCount);
        for (String id : ids) {
            x.writeStartElement("testcase");
            attr("classname", r.file().toString());
            attr("name", id);
            List<Violation> vs = failing.get(id);
            if (vs != null) {
                x.writeStartElement("failure");
                attr("type", vs.get(0).severity().id());
                attr("message", vs.get(0).message(lang)
                        + (vs.size() > 1 ? (zh ? "（另有 " : " (and ") + (vs.size() - 1) + (zh ? " 处）" : " more)") : ""));
                StringBuilder body = new StringBuilder();
                for (Violation v : vs) {
                    body.append('[').append(v.severity().displayName().in(lang)).append("] ")
                            .append(LocationText.describe(v.where(), lang)).append('\n')
                            .append("  ").append(v.message(lang)).append('\n');
                    String values = ValueText.line(v, lang);
                    if (values != null) {
                        body.append("  ").append(values).append('\n');
                    }
                    OcrCells.lines(v, r.report(), lang, true).forEach(l -> body.append("  ").append(l).append('\n'));
                    body.append("  ").append(zh ? "修改建议：" : "fix: ").append(v.fix(lang)).append('\n');
                }
                x.writeCharacters(clean(body.toString()));
                x.writeEndElement();
            } else if (skipped.containsKey(id)) {
                x.writeEmptyElement("skipped");
                attr("message", skipped.get(id));
            }
            if (infos.containsKey(id)) {
                x.writeStartElement("system-out");
                x.writeCharacters(clean(infos.get(id)));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private void suite(FileResult r, long tests, long failures, long errors, long skipped) throws XMLStreamException {
        x.writeStartElement("testsuite");
        attr("name", r.file().toString());
        attr("tests", Long.toString(tests));
        attr("failures", Long.toString(failures));
        attr("errors", Long.toString(errors));
        attr("skipped", Long.toString(skipped));
        attr("time", String.format(Locale.ROOT, "%.3f", r.millis() / 1000.0));
        if (r.report() != null) {
            x.writeStartElement("properties");
            property("format", r.inputFormat());
            property("agency", r.report().agency());
            property("year", r.report().year() == null ? null : r.report().year().toString());
            property("profile", r.evaluation().profile());
            x.writeEndElement();
        }
    }

    private void property(String name, String value) throws XMLStreamException {
        if (value != null) {
            x.writeEmptyElement("property");
            attr("name", name);
            attr("value", value);
        }
    }

    @Override
    public void end(Summary s) throws IOException {
        try {
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void attr(String name, String value) throws XMLStreamException {
        x.writeAttribute(name, clean(value));
    }

    /** Drops characters XML 1.0 cannot hold (control characters in a hostile file's text). */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }
}
