package org.nianbao.model;

import java.time.LocalDate;

/** The statistics period a report states, with the sentence it came from. Either date may be null if unstated. */
public record Period(LocalDate start, LocalDate end, String sentence, Location source) {
}
