/** The platform's report renderer and spreadsheet reader; everything here is internal (services in kz.digitaledu.platform.api.report). */
package kz.digitaledu.platform.report;
