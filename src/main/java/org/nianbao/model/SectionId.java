package org.nianbao.model;

import java.util.Optional;

/** The six required sections of the 2021 (and 2019) format, in their required order. */
public enum SectionId {
    OVERVIEW("overview", "一、总体情况", "1. Overview"),
    PROACTIVE("proactive", "二、主动公开政府信息情况", "2. Proactive disclosure"),
    APPLICATIONS("applications", "三、收到和处理政府信息公开申请情况", "3. Applications received and handled"),
    REVIEW_LITIGATION("reviewLitigation", "四、政府信息公开行政复议、行政诉讼情况",
            "4. Administrative review and litigation"),
    PROBLEMS("problems", "五、存在的主要问题及改进情况", "5. Main problems and improvements"),
    OTHER_MATTERS("otherMatters", "六、其他需要报告的事项", "6. Other matters to report");

    private final String id;
    private final Text heading;

    SectionId(String id, String zh, String en) {
        this.id = id;
        this.heading = Text.of(zh, en);
    }

    /** The canonical id used in JSON, rules and outputs. */
    public String id() {
        return id;
    }

    /** The standard heading, numbering included. */
    public Text standardHeading() {
        return heading;
    }

    /** 1 for 一, …, 6 for 六. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<SectionId> byId(String id) {
        for (SectionId s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
