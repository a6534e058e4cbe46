/**
 * Reports and spreadsheet imports for every component: build a {@link kz.digitaledu.platform.api.report.Report}
 * of titled tables and have the {@link kz.digitaledu.platform.api.report.ReportRenderer} service write it as XLSX
 * or PDF; read an uploaded XLSX file row by row with the {@link kz.digitaledu.platform.api.report.SpreadsheetReader}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.digitaledu.platform.api.report;
