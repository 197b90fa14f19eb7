package org.nianbao.model;

import java.util.Optional;

/** The three statistics tables, each belonging to one section. */
public enum TableId {
    PROACTIVE("proactive", SectionId.PROACTIVE, "主动公开政府信息情况表", "proactive disclosure table"),
    APPLICATIONS("applications", SectionId.APPLICATIONS, "收到和处理政府信息公开申请情况表", "applications table"),
    REVIEW_LITIGATION("reviewLitigation", SectionId.REVIEW_LITIGATION, "行政复议、行政诉讼情况表",
            "review and litigation table");

    private final String id;
    private final SectionId section;
    private final Text name;

    TableId(String id, SectionId section, String zh, String en) {
        this.id = id;
        this.section = section;
        this.name = Text.of(zh, en);
    }

    public String id() {
        return id;
    }

    public SectionId section() {
        return section;
    }

    public Text displayName() {
        return name;
    }

    public static Optional<TableId> byId(String id) {
        for (TableId t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
