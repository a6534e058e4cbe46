package kz.digitaledu.timetable.solver.internal.fet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import kz.digitaledu.timetable.solver.fet.FetError;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.fet.FetInterchange;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timetable;

/** FET .fet import and export of FET's activities timetable and of the input with the timetable locked in. */
public final class DefaultFetInterchange implements FetInterchange {

    private static final Set<String> LOCK_TYPES = Set.of("ConstraintActivityPreferredStartingTime", "ConstraintActivityPreferredRoom");

    @Override
    public FetImportResult read(InputStream in, String name) throws FetImportException, IOException {
        XmlNode root;
        try {
            root = XmlNode.parse(in);
        } catch (SAXParseException e) {
            throw new FetImportException(List.of(new FetError(e.getLineNumber(), "not well-formed XML: " + e.getMessage())));
        }
        return new FetImporter().importDocument(root, name);
    }

    @Override
    public void writeActivitiesTimetable(Timetable timetable, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n");
        for (Lesson l : sortedById(timetable.getLessons())) {
            if (l.getTimeslot() == null) {
                continue;
            }
            w.write("<Activity>\n\t<Id>" + esc(l.getId()) + "</Id>\n");
            w.write("\t<Day>" + esc(l.getTimeslot().getDayName()) + "</Day>\n");
            w.write("\t<Hour>" + esc(l.getTimeslot().getPeriodName()) + "</Hour>\n");
            w.write("\t<Room>" + (l.getRoom() == null ? "" : esc(l.getRoom().getName())) + "</Room>\n");
            w.write("</Activity>\n");
        }
        w.write("</Activities_Timetable>\n");
        w.flush();
    }

    static List<Lesson> sortedById(List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>(lessons);
        out.sort(Comparator.comparing((Lesson l) -> {
            try {
                return Long.parseLong(l.getId());
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }).thenComparing(Lesson::getId));
        return out;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void writeLockedInput(InputStream originalFet, Timetable timetable, OutputStream out)
            throws IOException, FetImportException {
        byte[] bytes = originalFet.readAllBytes();
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new FetImportException(List.of(new FetError(e.getLineNumber(), "not well-formed XML: " + e.getMessage())));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
        Element root = doc.getDocumentElement();
        Element time = child(root, "Time_Constraints_List");
        Element space = child(root, "Space_Constraints_List");
        if (time == null || space == null) {
            throw new FetImportException(List.of(new FetError(0, "missing Time_Constraints_List or Space_Constraints_List")));
        }
        // drop the old single-activity locks of activities we place, then add ours
        Set<String> placed = new java.util.HashSet<>();
        for (Lesson l : timetable.getLessons()) {
            if (l.getTimeslot() != null) {
                placed.add(l.getId());
            }
        }
        for (Element list : List.of(time, space)) {
            NodeList nodes = list.getChildNodes();
            List<Node> remove = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node n = nodes.item(i);
                if (n instanceof Element e && LOCK_TYPES.contains(e.getTagName())) {
                    Element id = child(e, "Activity_Id");
                    Element weight = child(e, "Weight_Percentage");
                    if (id != null && placed.contains(id.getTextContent().trim()) && weight != null
                            && Double.parseDouble(weight.getTextContent().trim()) >= 100) {
                        remove.add(n);
                    }
                }
            }
            remove.forEach(list::removeChild);
        }
        for (Lesson l : sortedById(timetable.getLessons())) {
            if (l.getTimeslot() == null) {
                continue;
            }
            Element c = doc.createElement("ConstraintActivityPreferredStartingTime");
            add(doc, c, "Weight_Percentage", "100");
            add(doc, c, "Activity_Id", l.getId());
            add(doc, c, "Preferred_Day", l.getTimeslot().getDayName());
            add(doc, c, "Preferred_Hour", l.getTimeslot().getPeriodName());
            add(doc, c, "Permanently_Locked", String.valueOf(l.isPinned()));
            add(doc, c, "Active", "true");
            add(doc, c, "Comments", "");
            time.appendChild(c);
            if (l.getRoom() != null) {
                Element r = doc.createElement("ConstraintActivityPreferredRoom");
                add(doc, r, "Weight_Percentage", "100");
                add(doc, r, "Activity_Id", l.getId());
                add(doc, r, "Room", l.getRoom().getName());
                add(doc, r, "Permanently_Locked", String.valueOf(l.isPinned()));
                add(doc, r, "Active", "true");
                add(doc, r, "Comments", "");
                space.appendChild(r);
            }
        }
        try {
            Transformer tr = TransformerFactory.newInstance().newTransformer();
            tr.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            tr.setOutputProperty(OutputKeys.INDENT, "yes");
            tr.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException(e);
        }
    }

    private static void add(Document doc, Element parent, String tag, String text) {
        Element e = doc.createElement(tag);
        e.setTextContent(text);
        parent.appendChild(doc.createTextNode("\n\t"));
        parent.appendChild(e);
    }

    private static Element child(Element e, String tag) {
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c && c.getTagName().equals(tag)) {
                return c;
            }
        }
        return null;
    }
}
