/**
 * Leave and excused absence (请假 / 因公外出 / 特殊情况不能签到; issue 18): seed 001 篇四 一(三) 请销假制度 and seed 000
 * 三(二)1. A cadre asks for working days the holiday calendar counts; the approver named by {@link
 * cn.kaohe.leave.LeaveRules#approver} decides in the leave process within a deadline (escalated once); 2 days or more
 * also need the office's consent; 销假 closes the request and records the days taken in the ledger; the office confirms
 * an unreported absence as 旷工. The process engine is reached through {@link cn.kaohe.leave.LeaveWorkflow}.
 */
package cn.kaohe.leave;
