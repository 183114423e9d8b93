@org.springframework.modulith.NamedInterface("security")
package cn.kaohe.web.security;
