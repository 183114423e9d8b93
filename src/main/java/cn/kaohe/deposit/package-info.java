/**
 * Risk deposits (目标风险抵押金; issue 18), seed 001 篇四 二(七)1(2): 凡重点工作，临时突击工作，临时疑难工作，设立目标风险抵押奖。
 * 按时限完成任务的，按风险抵押金和奖金1:2的比例发放风险抵押奖，并退还抵押金。未按时限完成任务的，风险抵押金不予退还; and 二(七)2(1)
 * 对考核不达标的目标管理对象不计发目标风险抵押奖. The office records what a cadre paid per year and work item and settles it by the
 * year's finalised result ({@link cn.kaohe.deposit.DepositRules}).
 */
package cn.kaohe.deposit;
