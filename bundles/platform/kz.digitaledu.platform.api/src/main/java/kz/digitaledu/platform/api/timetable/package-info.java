/**
 * Published school timetables, shared between components: the Timetables component registers
 * {@link kz.digitaledu.platform.api.timetable.PublishedTimetables} for the timetables schools publish; school
 * management reads it to build the journal's lessons. Consumers track the service dynamically: it is there only
 * while a component that publishes timetables runs.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.digitaledu.platform.api.timetable;
