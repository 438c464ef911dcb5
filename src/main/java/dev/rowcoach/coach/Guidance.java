package dev.rowcoach.coach;

/**
 * One piece of coaching advice in a report.
 *
 * @param ruleId  the rule of the guidance resource that produced it
 * @param source  where the rule comes from (author and title; several joined by "; ")
 * @param message the advice, in one or two sentences, with this set's numbers
 */
public record Guidance(String ruleId, String source, String message) {
}
