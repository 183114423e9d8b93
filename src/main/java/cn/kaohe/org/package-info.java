/**
 * Organisation of the township: units (办、站、所、中心、大队、村/社区) as a tree, cadres with their posts,
 * staff type, village residency and secondments, who supervises whom (分管), the assessment committee
 * (考核领导小组 / 绩考办), the roster import (花名册导入) and the demo township. It owns the tables {@code org_unit},
 * {@code cadre}, {@code supervision}, {@code committee_membership}, {@code secondment} and {@code cadre_post}; other
 * modules read them only through {@link cn.kaohe.org.RosterQueries}, {@link cn.kaohe.org.OrgLookups} and the ports it
 * answers (docs/adr/0022 addendum, {@code architecture.TableOwnershipTest}).
 */
package cn.kaohe.org;
