/**
 * Cross-cutting web concerns: errors as zh-CN JSON with stable codes, request ids, size and control-character
 * filters, and ({@code web.security}) sign-in, roles from the roster, lock-out, the access policy every controller
 * asks, and the engine's read-only REST API. Feature controllers live in {@code <module>.web}.
 */
package cn.kaohe.web;
