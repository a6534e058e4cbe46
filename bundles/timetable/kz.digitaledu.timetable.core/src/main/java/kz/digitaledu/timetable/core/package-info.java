/**
 * School timetables of the Timetables component: drafts imported from FET files, solved in the background,
 * published for the school. The published timetable reaches the other components through the platform's
 * {@link kz.digitaledu.platform.api.timetable.PublishedTimetables}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.digitaledu.timetable.core;
