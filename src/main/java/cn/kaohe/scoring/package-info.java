/**
 * PURE JAVA: interprets a scheme version ({@link cn.kaohe.scoring.model}) over facts, ratings and targets into
 * explained scores (every point traced to a rule and a fact), grades by threshold or quota, vetoes, and performance
 * pay. No Spring, JPA or Camunda (ArchitectureTest).
 */
package cn.kaohe.scoring;
