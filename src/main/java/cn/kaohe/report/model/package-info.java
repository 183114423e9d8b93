@org.springframework.modulith.NamedInterface("model")
package cn.kaohe.report.model;
