@org.springframework.modulith.NamedInterface("model")
package cn.kaohe.scoring.model;
