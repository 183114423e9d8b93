/**
 * The ledger (台账): facts with evidence, recorder and time — lateness, absences, censures and commendations by level,
 * disciplinary measures, honours — recorded and reversed (never deleted) by the office, read by campaigns as scoring
 * inputs, exported as a data sheet.
 */
package cn.kaohe.ledger;
