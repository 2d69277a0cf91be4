package ogi.casework.risk;

/**
 * One rule that fired for a case: its code, the weight it added, the facts that triggered it and the article or
 * guidance it relates to.
 */
public record RiskReason(String code, int weight, String facts, String basis) {
}
