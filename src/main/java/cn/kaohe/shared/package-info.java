/**
 * Value types and rules used by every module: Score, Period, Cycle, the working-day calendar and deadlines
 * (Deadlines, NoticeWindow), paging (PageSpec), and the error vocabulary (ErrorCode, KaoheException, Problem) that
 * the web layer turns into zh-CN responses. No Spring beans, no persistence.
 */
package cn.kaohe.shared;
