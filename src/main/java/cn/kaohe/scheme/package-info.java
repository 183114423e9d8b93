/**
 * Schemes (考核方案) and their versions as stored documents: presets from the seeds, import, validation, preview, and
 * freezing once a campaign uses a version. The rules themselves are data read by {@code scoring}.
 */
package cn.kaohe.scheme;
