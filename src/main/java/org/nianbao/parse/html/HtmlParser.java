package org.nianbao.parse.html;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Reads a report published as a web page (a saved .html, .htm, .shtml or extension-less page: only the bytes
 * count). Steps: decode ({@link HtmlCharset}); take the labelled publication date and drop its metadata line
 * ({@link PublicationDate}); drop page chrome ({@link PageChrome}); find the report ({@link ContentLocator}); emit
 * its paragraphs and data tables in order ({@link BlockWalker}).
 *
 * <p>Failures: empty content or a page without any text is {@code EMPTY}; over a limit is {@code TOO_LARGE};
 * nesting too deep to walk is {@code UNREADABLE}. No runtime exception escapes {@link #parse}.
 */
public final class HtmlParser implements DocumentParser {

    @Override
    public InputFormat format() {
        return InputFormat.HTML;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        try {
            String text = HtmlCharset.decode(content);
            HtmlBudget.check(text, limits);
            Document page = Jsoup.parse(text);
            Element body = page.body();
            PublicationDate published = PublicationDate.find(body);
            if (published != null && published.line() != null) {
                published.line().remove();
            }
            PageChrome.remove(body);
            List<RawBlock> blocks = BlockWalker.walk(ContentLocator.locate(body), limits);
            if (blocks.isEmpty()) {
                throw new ReadFailure(InputProblem.EMPTY, "the page has no text");
            }
            LocalDate date = published == null ? null : published.date();
            return new RawDocument(InputFormat.HTML, blocks, date);
        } catch (RuntimeException | StackOverflowError e) {
            // a hostile page nested beyond what the recursive helpers can walk is refused, not half read
            throw new ReadFailure(InputProblem.UNREADABLE, "page could not be read: " + e, e);
        }
    }
}
