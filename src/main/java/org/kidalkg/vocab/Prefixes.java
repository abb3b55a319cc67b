package org.kidalkg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** The prefixes kidal-kg writes and reads by default: ours, then the standard vocabularies we reuse. */
public final class Prefixes {
    private Prefixes() {}

    /** A fresh, modifiable mapping with every standard prefix. */
    public static PrefixMapping standard() {
        PrefixMapping map = new PrefixMappingImpl();
        map.setNsPrefix("kkg", KKG.NS);
        map.setNsPrefix("kid", KKG.ID);
        map.setNsPrefix("kgr", Graphs.NS);
        map.setNsPrefix("kks", "https://w3id.org/kidal-kg/shapes#");
        map.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        map.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        map.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        map.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        map.setNsPrefix("time", "http://www.w3.org/2006/time#");
        map.setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        map.setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#");
        map.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        map.setNsPrefix("schema", "https://schema.org/");
        map.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        map.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        return map;
    }

    /** The standard prefixes as SPARQL {@code PREFIX} lines, for queries written in code. */
    public static String sparql() {
        StringBuilder out = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> out.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return out.toString();
    }
}
