/** Extension point of the Vaadin shell: contribute views as {@link kz.digitaledu.platform.web.ViewContribution} services. */
package kz.digitaledu.platform.web;
