/**
 * Data sheets (数据表): XLSX files that Excel can sort and filter — one header row (Chinese), one row per
 * record, numbers as numeric cells, dates as date cells, an auto-filter and a frozen header, plus a 说明 sheet
 * describing where the data came from. Used by the report pack, the ledger and the roster exports. Depends on
 * Apache POI only (docs/adr/0015).
 */
package cn.kaohe.spreadsheet;
