/** Translations: how a bundle contributes its kk/ru/en strings and how they are checked. */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.digitaledu.platform.api.i18n;
