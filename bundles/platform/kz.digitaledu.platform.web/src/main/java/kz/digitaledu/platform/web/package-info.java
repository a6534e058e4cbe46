/**
 * The Vaadin shell's public API: contribute views as {@link kz.digitaledu.platform.web.ViewContribution} services, and
 * use the shell's own web components in them, such as the {@link kz.digitaledu.platform.web.CodeEditor}.
 */
package kz.digitaledu.platform.web;
