package kz.digitaledu.timetable.solver.internal.fet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** A minimal XML element tree that remembers line numbers (for error messages). */
final class XmlNode {

    final String name;
    final int line;
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The text as written (FET does not trim names: " A" and "A" are different). */
    String text() {
        return text.toString();
    }

    XmlNode child(String n) {
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> all(String n) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                out.add(c);
            }
        }
        return out;
    }

    String childText(String n) {
        XmlNode c = child(n);
        return c == null ? null : c.text();
    }

    /** Parses a document; external entities and DTDs are refused. */
    static XmlNode parse(InputStream in) throws IOException, SAXParseException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser p = f.newSAXParser();
            Handler h = new Handler();
            p.parse(in, h);
            return h.root;
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private Locator locator;
        private final Deque<XmlNode> stack = new ArrayDeque<>();
        private XmlNode root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            XmlNode n = new XmlNode(qName, locator == null ? 0 : locator.getLineNumber());
            if (stack.isEmpty()) {
                root = n;
            } else {
                stack.peek().children.add(n);
            }
            stack.push(n);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!stack.isEmpty()) {
                stack.peek().text.append(ch, start, length);
            }
        }
    }
}
