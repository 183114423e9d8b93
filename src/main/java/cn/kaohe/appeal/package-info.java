/**
 * Appeals (申诉 / 复议) against a published result: filed during the public notice, forwarded to the committee within
 * 24 hours and decided within one week (deadlines from the domain, escalated when passed), upheld with an adjustment
 * or rejected. The process engine is reached through {@link cn.kaohe.appeal.AppealWorkflow}.
 */
package cn.kaohe.appeal;
