package cn.kaohe.org;

/** A cadre as referenced from elsewhere. */
public record CadreRef(Long id, String code, String name, String postTitle) {}
