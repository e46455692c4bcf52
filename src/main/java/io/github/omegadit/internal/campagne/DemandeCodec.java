/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.TypeIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of a campaign file and their mapping to a {@link CreerDemande}, both ways. The journal keeps each
 * demande as one CSV record of these columns in this order ({@link #encode}), so a run needs no input file and the
 * row stays readable.
 */
public final class DemandeCodec {

    /** The columns, named like the {@code creer} command's options. */
    public enum Colonne {
        REFERENCE("reference", true),
        PCE("pce", true),
        CODE_POSTAL("code-postal", false),
        CODE("code", true),
        MOTIF("motif", false),
        EXPRESS("express", false),
        DATE("date", true),
        PLAGE("plage", false),
        SEGMENT("segment", false),
        CONTACT_NOM("contact-nom", false),
        CONTACT_TELEPHONE("contact-telephone", false),
        CODE_ACCES("code-acces", false),
        COMPLEMENT_ADRESSE("complement-adresse", false),
        COMMENTAIRE("commentaire", false),
        TELEPHONE_FOURNISSEUR("telephone-fournisseur", false),
        GROUPE("groupe", false),
        PRECISION("precision", false),
        INDEX_CONTESTE("index-conteste", false),
        INDEX_CLIENT("index-client", false);

        private final String header;
        private final boolean required;

        Colonne(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        /** The column's name in a file's header. */
        public String header() {
            return header;
        }

        /** True when every row must have a value here. */
        public boolean required() {
            return required;
        }

        /** The column a header names: case, spaces, {@code -} and {@code _} do not matter. */
        public static Optional<Colonne> of(String header) {
            String key = normal(header);
            for (Colonne c : values()) {
                if (normal(c.header).equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        private static String normal(String s) {
            return s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        }
    }

    /** A value that does not fit its column. */
    public static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Colonne colonne;

        BadValue(Colonne colonne, String message) {
            super(message);
            this.colonne = colonne;
        }

        /** The column. */
        public Colonne colonne() {
            return colonne;
        }
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final CSVFormat STORED = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private DemandeCodec() {}

    /**
     * The demande for a row's values (absent or blank cells are {@code null}).
     *
     * @throws BadValue for the first value that does not fit its column
     */
    public static CreerDemande decode(Map<Colonne, String> v) throws BadValue {
        for (Colonne c : Colonne.values()) {
            if (c.required && blank(v.get(c))) {
                throw new BadValue(c, "is required");
            }
        }
        String nom = text(v, Colonne.CONTACT_NOM);
        String tel = text(v, Colonne.CONTACT_TELEPHONE);
        String acces = text(v, Colonne.CODE_ACCES);
        String complement = text(v, Colonne.COMPLEMENT_ADRESSE);
        boolean contact = nom != null || tel != null || acces != null || complement != null;
        return CreerDemande.builder()
                .referenceDemande(text(v, Colonne.REFERENCE))
                .numeroPce(text(v, Colonne.PCE))
                .codePostal(text(v, Colonne.CODE_POSTAL))
                .codeIntervention(text(v, Colonne.CODE))
                .codeMotif(text(v, Colonne.MOTIF))
                .optionExpress(express(text(v, Colonne.EXPRESS)))
                .rdv(date(Colonne.DATE, text(v, Colonne.DATE)), text(v, Colonne.PLAGE))
                .segment(segment(text(v, Colonne.SEGMENT)))
                .contact(contact ? new ContactIntervention(nom, tel, acces, complement) : null)
                .commentaire(text(v, Colonne.COMMENTAIRE))
                .telephoneFournisseur(text(v, Colonne.TELEPHONE_FOURNISSEUR))
                .groupeAppartenance(text(v, Colonne.GROUPE))
                .precisionIntervention(text(v, Colonne.PRECISION))
                .indexConteste(indexConteste(text(v, Colonne.INDEX_CONTESTE)))
                .indexClient(indexClient(text(v, Colonne.INDEX_CLIENT)))
                .build();
    }

    /** The values of a demande, by column (no entry for an absent value). */
    public static Map<Colonne, String> values(CreerDemande d) {
        Map<Colonne, String> m = new EnumMap<>(Colonne.class);
        put(m, Colonne.REFERENCE, d.referenceDemande());
        put(m, Colonne.PCE, d.numeroPce());
        put(m, Colonne.CODE_POSTAL, d.codePostal());
        put(m, Colonne.CODE, d.codeIntervention());
        put(m, Colonne.MOTIF, d.codeMotif());
        put(m, Colonne.EXPRESS, d.optionExpress() ? "1" : null);
        put(m, Colonne.DATE, d.rdvDate() == null ? null : d.rdvDate().toString());
        put(m, Colonne.PLAGE, d.rdvPlage());
        put(m, Colonne.SEGMENT, d.segment() == null ? null : d.segment().csvName());
        ContactIntervention c = d.contact();
        if (c != null) {
            put(m, Colonne.CONTACT_NOM, c.nom());
            put(m, Colonne.CONTACT_TELEPHONE, c.telephone());
            put(m, Colonne.CODE_ACCES, c.codeAcces());
            put(m, Colonne.COMPLEMENT_ADRESSE, c.complementAdresse());
        }
        put(m, Colonne.COMMENTAIRE, d.commentaire());
        put(m, Colonne.TELEPHONE_FOURNISSEUR, d.telephoneFournisseur());
        put(m, Colonne.GROUPE, d.groupeAppartenance());
        put(m, Colonne.PRECISION, d.precisionIntervention());
        IndexConteste ic = d.indexConteste();
        put(m, Colonne.INDEX_CONTESTE, ic == null ? null : ic.typeIndex().code() + ":" + ic.valeur() + ":" + ic.date());
        IndexClient icl = d.indexClient();
        put(m, Colonne.INDEX_CLIENT, icl == null ? null : icl.valeur() + ":" + icl.date());
        return m;
    }

    /** The demande as the journal stores it: one CSV record, every column in order. */
    public static String encode(CreerDemande d) {
        Map<Colonne, String> m = values(d);
        List<String> fields = new ArrayList<>();
        for (Colonne c : Colonne.values()) {
            fields.add(m.getOrDefault(c, ""));
        }
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, STORED)) {
            p.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The demande the journal stored with {@link #encode}. */
    public static CreerDemande decode(String stored) {
        try (CSVParser p = CSVParser.parse(stored, STORED)) {
            CSVRecord r = p.getRecords().get(0);
            Map<Colonne, String> m = new EnumMap<>(Colonne.class);
            for (Colonne c : Colonne.values()) {
                m.put(c, r.get(c.ordinal()));
            }
            return decode(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadValue e) {
            throw new IllegalStateException("the journal holds a demande this library cannot read (" + e.colonne()
                    .header() + " " + e.getMessage() + "): " + stored, e);
        }
    }

    private static void put(Map<Colonne, String> m, Colonne c, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(c, value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(Map<Colonne, String> v, Colonne c) {
        String s = v.get(c);
        return blank(s) ? null : s;
    }

    private static boolean express(String s) throws BadValue {
        if (s == null) {
            return false;
        }
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "1": case "oui": case "o": case "true": case "vrai": case "x":
                return true;
            case "0": case "non": case "n": case "false": case "faux":
                return false;
            default:
                throw new BadValue(Colonne.EXPRESS, "'" + s + "' is not 1/0 (oui/non)");
        }
    }

    private static LocalDate date(Colonne c, String s) throws BadValue {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, FRENCH_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new BadValue(c, "'" + s + "' is not a date YYYY-MM-DD (or DD/MM/YYYY)");
        }
    }

    private static Segment segment(String s) throws BadValue {
        if (s == null) {
            return null;
        }
        try {
            return Segment.fromCsvName(s.trim());
        } catch (IllegalArgumentException e) {
            throw new BadValue(Colonne.SEGMENT, "'" + s + "' is not 6M, 6M_TLRV_1M or JJ_JM_MM");
        }
    }

    private static IndexConteste indexConteste(String s) throws BadValue {
        if (s == null) {
            return null;
        }
        String[] p = s.split(":", -1);
        if (p.length != 3) {
            throw new BadValue(Colonne.INDEX_CONTESTE, "'" + s + "' is not TYPE:VALEUR:DATE (e.g. 02:12345:2026-11-02)");
        }
        TypeIndex type;
        try {
            type = TypeIndex.fromCode(p[0].trim());
        } catch (IllegalArgumentException e) {
            throw new BadValue(Colonne.INDEX_CONTESTE, "'" + p[0] + "' is not an Annexe C index type 01-06");
        }
        return new IndexConteste(type, p[1].trim(), date(Colonne.INDEX_CONTESTE, p[2]));
    }

    private static IndexClient indexClient(String s) throws BadValue {
        if (s == null) {
            return null;
        }
        int last = s.lastIndexOf(':');
        if (last <= 0) {
            throw new BadValue(Colonne.INDEX_CLIENT, "'" + s + "' is not VALEUR:DATE (e.g. 12400:2026-11-20)");
        }
        return new IndexClient(s.substring(0, last).trim(), date(Colonne.INDEX_CLIENT, s.substring(last + 1)));
    }
}
