/**
 * Organisation of the township: units (办、站、所、中心、大队、村/社区) as a tree, cadres with their posts,
 * staff type, village residency and secondments, who supervises whom (分管), the assessment committee
 * (考核领导小组 / 绩考办), the roster import (花名册导入) and the demo township.
 */
package cn.kaohe.org;
