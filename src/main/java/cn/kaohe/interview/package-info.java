/**
 * Performance interviews (面谈; issue 18): seed 001 篇三's assessment form ends with 面谈时间、面谈地点、参加人、面谈主题、
 * 面谈内容概要. Once an assessment has its result the supervising leader who rated it records the interview with an
 * improvement plan; the cadre, the leader and the readers (office, committee, party committee) see it, other cadres do
 * not. Every record is audited.
 */
package cn.kaohe.interview;
