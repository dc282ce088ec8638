extension BokmalTexts {
    /// Each command's `--help` page in bokmål, by the name segdesk gives the page.
    static let usagePages: [String: String] = [
        "demo": """
            bruk: segdesk demo --db PATH [--consumers N] [--incidents N] [--seed N]

            Skriver et realistisk demosegment, likt hver gang, inn i en ny eller tom
            database: Skatteetatens tjenester, N konsumenter (standard 130), N
            feilmeldinger over de siste 90 dagene (standard 2500) med topper samlet i
            saker hos tilbyder, endringsvarsler, behov og journalhistorikk. Samme frø
            (seed) gir samme data.
            """,
        "importIncidents": """
            bruk: segdesk import incidents [--db PATH] [--skip-bad] [--encoding E] FILE

            Leser feilmeldinger fra FILE: JSON Lines (ett objekt per linje), eller CSV
            med overskriftsrad når FILE slutter på .csv; - leser standard inn. Felt:
            external_id, consumer (organisasjonsnummer), service, received_at (ISO 8601
            med tidssone) og title er påkrevd; reporter {name, email} (CSV:
            reporter_name, reporter_email), environment, body, error_code,
            correlation_id, impact, urgency og kind er valgfrie.

            Teksten er UTF-8 (et byte-order mark hoppes over); --encoding angir en
            annen: iso-8859-1, iso-8859-15 eller windows-1252. Linjer slutter på LF,
            CRLF eller CR.

            Hver dårlig post meldes som FILE:LINJE: felt: problem. En dårlig post
            avviser hele importen med mindre --skip-bad er gitt; da går de gode postene
            inn og de dårlige listes. En (consumer, external_id) som er importert før,
            telles som duplikat og endrer ingenting.
            """,
        "importNotices": """
            bruk: segdesk import notices [--db PATH] [--skip-bad] [--encoding E] FILE

            Leser varsler fra FILE: JSON Lines, eller CSV med overskriftsrad når FILE
            slutter på .csv; - leser standard inn. Felt: provider (nøkkelen), kind
            (dataset_change, interface_change, deviation eller outage, maintenance,
            regulatory, eller segmentansvarliges egen information og consultation),
            title, services (en liste med tjenestenøkler; CSV: skilt med mellomrom) og
            effective_at er påkrevd; deadline er påkrevd for en høring (svarfristen).
            Valgfritt: body, breaking (true/false), environment (production, standard,
            eller test), stages (hvem det når, standard etter miljø), announced_at
            (når tilbyderen kunngjorde det), ends_at, deadline, publish (true/false).

            Hvert varsel er et utkast som ikke når noen før operatøren publiserer det
            (:publish i panelet endringsvarsler): mottakerne er hver konsument som
            bruker en av tjenestene i en fase som bruker miljøet (production: godkjent
            for produksjon eller i drift; test: fra authorised_test), aldri frakoblede.
            En post med "publish": true publiseres straks: én melding per konsument,
            merket [SEG-N<id>]. Mens et avvik gjelder, går nye meldinger på tjenestene
            inn i avvikets sak.

            Dårlige poster meldes som FILE:LINJE: felt: problem og avviser hele
            importen med mindre --skip-bad er gitt. Et varsel med samme provider, kind,
            title og effective_at som et importert før, er et duplikat.
            """,
        "importNeeds": """
            bruk: segdesk import needs|backings [--db PATH] [--skip-bad] [--encoding E] FILE

            needs: det segmentet trenger, ett per post (JSON Lines, eller CSV når FILE
            slutter på .csv). Felt: title og raised_by (organisasjonsnummeret til
            konsumenten som meldte det) er påkrevd; description, services
            (tjenestenøkler; CSV: skilt med mellomrom) og raised_at er valgfrie.
            Konsumenten som meldte det, støtter det som må ha. Et behov med samme
            tittel som ett den samme konsumenten har meldt, er et duplikat.

            backings: hvilken konsument som støtter hvilket behov, og hvor mye. Felt:
            need (nummeret), org_number, importance (1 må ha, 2 viktig, 3 fint å ha) er
            påkrevd; use_case (konsumentens egne ord) er valgfritt. En konsument
            støtter et behov én gang: en ny støtte endrer den første. Et behovs poeng er
            summen av needs.weights etter viktighet (standard 3, 2, 1).

            Dårlige poster meldes som FILE:LINJE: felt: problem og avviser hele
            importen med mindre --skip-bad er gitt.
            """,
        "report": """
            bruk: segdesk report [--db PATH] [--days N]

            Segmentets siste N dager (standard 30) som tekst med plott, for en
            terminal, et rør eller en e-post: meldinger per dag som et sparkline per
            tjeneste, de ti konsumentene som melder mest, mediantiden fra en saks
            første melding til tilbyderen per uke, og andelen meldinger besvart innen
            SLA-ens frist for første svar. Plottene bruker blokktegn når lokalet er
            UTF-8, ellers ASCII.
            """,
        "digest": """
            bruk: segdesk digest [--db PATH] [--days N] [--send]

            Det periodiske bildet for tilbyderen, som ren tekst: åpne saker etter
            antall berørte konsumenter og dager hos tilbyderen; de ti viktigste behovene
            med poeng, antall som støtter dem og status; publiserte brytende varsler med
            hvor mange konsumenter som ikke er klare, og fristen; per tjeneste de siste
            N dagenes feilmeldinger (standard 7) og mediantiden fra en saks første
            melding til den ble oversendt. --send legger det i utboksen til tilbyderens
            adresse (journalført), på tilbyderens språk.
            """,
        "importAcknowledgements": """
            bruk: segdesk import acks [--db PATH] [--skip-bad] [--encoding E] FILE

            Leser konsumentenes svar på varsler fra FILE (JSON Lines, eller CSV når FILE
            slutter på .csv). Felt: notice (nummeret), org_number, state (pending,
            acknowledged, assessed, ready, not_affected) er påkrevd; at (ISO 8601 med
            tidssone) og note er valgfrie. Hver må gjelde en konsument varselet når.
            Dårlige poster meldes som FILE:LINJE: felt: problem og avviser hele
            importen med mindre --skip-bad er gitt. segdesk export acks skriver dem ut
            igjen.
            """,
        "importServices": """
            bruk: segdesk import services [--db PATH] [--skip-bad] [--update] [--encoding E] FILE

            Leser tilbyderne og tjenestene deres fra FILE: JSON Lines, eller CSV når FILE
            slutter på .csv. Felt: provider (nøkkel), provider_name, provider_email
            (dit sakene går), service (nøkkel, f.eks. inntekt-api), service_name og
            environments (test og/eller production; CSV: skilt med mellomrom) er
            påkrevd; description og provider_language (nb, standard, eller en: saker og
            sammendrag skrives på det) er valgfrie. Dette er den første importen i et
            nytt segment: konsumenter og feilmeldinger viser til disse tjenestene. En
            tjenestenøkkel som allerede er kjent, er et duplikat og blir stående; med
            --update endres den til det filen sier, og hver endring journalføres.
            """,
        "importAgreements": """
            bruk: segdesk import agreements [--db PATH] [--skip-bad] [--encoding E] FILE
                  segdesk import acceptances [--db PATH] [--skip-bad] [--encoding E] FILE

            agreements: versjonene av segmentets vilkår med tilbyderen. Felt: version
            (et heltall), title og effective_at er påkrevd; reference (en
            dokument-id eller adresse), published_at og accept_by (ISO 8601) er
            valgfrie. acceptances: hvilken konsument som har godtatt hvilken versjon.
            Felt: org_number, version og accepted_at er påkrevd, accepted_by (hvem som
            signerte) er valgfritt; konsumenten og versjonen må være kjent. En som er
            registrert før, er et duplikat. I oversikten registrerer :accept VERSION en
            godkjenning for en konsument.
            """,
        "importConsumers": """
            bruk: segdesk import consumers [--db PATH] [--skip-bad] [--update] [--encoding E] FILE

            Leser konsumenter fra FILE: JSON Lines, eller CSV med overskriftsrad når FILE
            slutter på .csv; - leser standard inn. Felt: org_number (9 sifre, mod-11)
            og name er påkrevd; operator_org_number og operator_name (en teknisk
            driftsleverandør, begge eller ingen), mail_domain, stage (registered,
            terms_signed, authorised_test, test_passed, authorised_production, live),
            services (tjenestenøkler; CSV: skilt med mellomrom), technical_name og
            technical_email, i JSON contacts (en liste med {role, name, email,
            shared}), og language (nb, standard, eller en: alle meldinger til
            konsumenten skrives på det) er valgfrie.

            Dårlige poster meldes som FILE:LINJE: felt: problem og avviser hele
            importen med mindre --skip-bad er gitt. Et organisasjonsnummer som allerede
            er registrert, er et duplikat og endrer ingenting, med mindre --update er
            gitt: da erstatter navnet, driftsleverandøren, e-postdomenet, tjenestene,
            kontaktene og språket posten gir, det som er registrert, og hver endring
            journalføres med før og etter.
            """,
        "outbox": """
            bruk: segdesk outbox list [--db PATH]
                  segdesk outbox deliver [--db PATH] [--transport T] [--from ADDRESS] [--timeout SECONDS]
                  segdesk outbox confirm [--db PATH] ID...
                  segdesk outbox requeue [--db PATH] ID...
                  segdesk outbox retry [--db PATH] ID...|--failed

            list skriver hver melding segdesk har lagt i utboksen, sendt eller ikke fått
            sendt, én per linje, skilt med tabulator: id, status, forsøk, mottaker,
            emne, siste feil. deliver sender det som skal sendes gjennom transporten:
            sendmail (meldingen på standard inn, mottakeren etter --), sendmail:PATH,
            eller maildir:DIR; standard er transport og from i
            $XDG_CONFIG_HOME/segdesk/config. Hver melding reserveres før den leveres,
            så to kjøringer samtidig sender aldri én to ganger. En feil tas vare på og
            prøves igjen etter 1 minutt, dobbelt så lenge hver gang, opp til 6 timer;
            en transport som bruker lenger tid enn tidsgrensen (standard 120 s, eller
            transport.timeout i konfigurasjonen), stoppes og teller som en feil.
            Avslutningsstatus 1 når en melding feilet eller er usikker.

            En melding er usikker når en kjøring sluttet mellom leveringen og
            registreringen (et kill, et krasj, en full disk): den kan ha gått, så den
            sendes ikke igjen av seg selv. confirm merker den som sendt; requeue sender
            den ved neste deliver. retry legger feilede meldinger (de som nevnes, eller
            --failed for alle) tilbake til neste deliver i stedet for å vente ut
            ventetiden.
            """,
        "ingestMaildir": """
            bruk: segdesk ingest maildir [--db PATH] DIR

            Tar inn hver melding i Maildir-katalogen DIR/new. En melding med emne som
            bærer en feilmeldings merke ([SEG-123]) eller en saks ([SEG-C12]), eller
            som i In-Reply-To eller References viser til en melding segdesk har sendt,
            er et svar og føyes til den posten (tilbyderens svar på en sak er en
            oppdatering fra tilbyder). Enhver annen melding er en ny feilmelding:
            konsumenten finnes gjennom avsenderens kontaktadresse, ellers e-postdomenet
            (uten treff: feilmeldingen merkes med ukjent avsender), tjenesten gjennom en
            tjenestenøkkel nevnt i emnet eller teksten, ellers konsumentens eneste
            tjeneste, ellers "unsorted"; en feilkode sitert i teksten blir koden.
            Klokken starter når e-posten kom til DIR/new.

            En Message-ID tatt inn før hoppes over. Hver behandlet melding flyttes til
            DIR/cur med flagget Seen (:2,S); en melding som ikke kan leses, flyttes til
            DIR/bad med NAME.reason ved siden av og meldes, og kjøringen fortsetter.
            Avslutningsstatus 1 når noen ble lagt til side.
            """,
        "importArticles": """
            bruk: segdesk import articles [--db PATH] [--skip-bad] FILE

            Kunnskapsbasens artikler fra JSON Lines, eller CSV når FILE slutter på .csv:
            title_nb og text_nb, title_en og text_en (ett språk eller begge, hver tittel
            med sin tekst), services (nøkler segmentet kjenner), error_codes, tags,
            status (draft, published (standard) eller retired), source (provider:
            avklart med tilbyder, med provider_reference og clarified_at; eller own,
            standard). En lenke i en tekst må være http, https eller mailto. En post som
            er feil, nevnes som FIL:LINJE: felt: hva som er galt, og ingenting skrives
            uten --skip-bad; en artikkel med en tittel som allerede er en artikkels, er
            et duplikat. De kjente svarene i konfigurasjonen blir artikler én gang
            (merket known-answer), og filen svarer som før.
            """,
        "export": """
            bruk: segdesk export KIND [--db PATH] [--format jsonl|csv] [--keep-personal-data]
                  segdesk export messages [--consumer ORGNR] [--since ÅÅÅÅ-MM-DD] [...]

            KIND: incidents, consumers, cases, notices, acks, needs, backings, journal,
            services, agreements, acceptances, messages, articles. JSON Lines som standard; tider i
            ISO 8601 UTC. messages: hver melding segdesk sendte og hver e-post den tok
            inn, eldste først, med retning, konsument, post, tilstand, adresser og tekst;
            --consumer ORGNR beholder én konsuments, --since dem fra den dagen av.
            segdesk export proposal ID skriver, som ren tekst, et forslag til
            departementet for behov ID, vurdert not_covered: behovet, bruken, hvem som
            støtter det, merknaden om rettsgrunnlaget. Fødselsnumre skjules med mindre
            --keep-personal-data er gitt.
            """,
        "remind": """
            bruk: segdesk remind [--db PATH] [--dry-run]

            For cron: legger en påminnelse i utboksen til hver konsument som ikke har
            godtatt den nyeste avtaleversjonen, og til hver som ikke har svart på et
            publisert varsel (på et brytende: ikke er klar), ved remind.days (standard
            14, 7 og 2) før fristen, aldri to ganger for samme punkt; ved det siste
            punktet med kopi til forretningskontakten. Et punkt teller for en konsument
            bare når det kommer etter at konsumenten først fikk varselet eller ble bedt
            om å godta avtalen, og ingen påminnelse går tidligere enn remind.min_gap
            (standard 1d) etter det. --dry-run legger ingenting i utboksen og skriver
            én linje per melding: slag, post, organisasjonsnummer, mottaker (skilt med
            tabulator).
            """,
        "alert": """
            bruk: segdesk alert [--db PATH] [--dry-run]
                  segdesk alert ack [--db PATH] ID...
                  segdesk alert list [--db PATH]

            For cron, hvert minutt, før segdesk outbox deliver: varsler om en ny
            feilmelding med alert.priority (standard P1) eller høyere som ingen varslet
            driftsstans har tatt opp, et driftsavbrudd eller en brytende endring fra
            tilbyderen tatt inn fra e-post, en frist som brytes innen alert.before
            (standard 15m) eller ble brutt det siste døgnet, en sak som er forsinket hos
            tilbyderen, og en melding som har feilet eller er usikker i alert.outbox
            (standard 30m). Hvert forhold varsles én gang; forhold om samme feil innen
            alert.window (standard 60m) er ett varsel. Et varsel er én melding til den
            som har vakt (oncall, eller vakten i oncall.rota), med kommandoen som åpner
            det (alert.open), og når alert.command er satt får det programmet varselet
            som JSON på standard inn. Ikke kvittert etter alert.escalate (standard 15m)
            går det til vaktens andre adresse, så til alert.last. I alert.quiet (som
            22:00 07:00) venter varsler under P1 og går som ett sammendrag når timene
            er over. Et varsel kvitteres med a i oversiktens !-liste, med segdesk alert
            ack ID, eller med et svar som begynner med KVITTERT eller ACK fra en adresse
            det gikk til. --dry-run endrer ingenting og skriver hva som ville blitt
            sendt. Avslutter med 1 når et varsel ikke har noen å gå til.
            """,
        "backup": """
            bruk: segdesk backup [--db PATH] FILE

            Kopierer databasen til FILE med SQLites nettbaserte sikkerhetskopi mens
            operatørene arbeider videre; FILE skrives hel eller ikke i det hele tatt
            (lesbar bare for eieren), og en FILE som finnes, overskrives aldri.
            """,
        "check": """
            bruk: segdesk check [--db PATH] [--against FILE|MAILDIR]

            Kjører SQLites integritetskontroll og kontroll av fremmednøkler, og
            kontrollerer at hver journalpost viser til en post som finnes, og at
            journalens segl holder. Filen blir bare lest. Med --against holdes
            journalen også opp mot hvert hode segdesk seal har skrevet ned i FILE
            (seal.file) eller i meldingene i MAILDIR (arkivet for seal.mail): en
            bevitnet post som mangler, eller en post der seglet, regnet på nytt,
            avviker fra det bevitnede, er et problem. Avslutningsstatus 1 når noe er
            galt.
            """,
        "init": """
            bruk: segdesk init --db PATH --group GROUP

            Gjør klar en database et team deler: gjør mappen til PATH til gruppens med
            set-group-ID-biten (modus 2770), så hver fil som lages der (-wal og -shm,
            en sikkerhetskopi) tilhører gruppen, og databasen (lages når den mangler)
            til gruppens med modus 0660; kontrollerer så modusene. Kjør den som
            mappens eier, et medlem av gruppen. Avslutningsstatus 1 når en modus ikke
            holder.
            """,
        "upgrade": """
            bruk: segdesk upgrade [--db PATH]

            Oppdaterer en database skrevet av en eldre segdesk til skjemaet til denne
            versjonen, i én transaksjon per steg; på en stor fil kan det ta tid.
            Oversikten og alle kommandoer som endrer filen, gjør det samme når de
            åpner den; check, export, report, status, en skrevet oversikt og backup
            leser bare, og ber om dette først.
            """,
        "status": """
            bruk: segdesk status [--db PATH] [--counts]

            Skriver det som brenner som én skjerm med ren tekst, for ssh vert segdesk
            status fra en telefon eller en terminal som ikke kan tegne oversikten
            (TERM=dumb): en linje med tall, de åpne varslene, de åpne feilmeldingene som
            er nye eller over frist (mest presserende først), sakene som er forsinket hos
            tilbyder. --counts skriver i stedet tallene i topplinjen som linjer med et
            navn og et tall, skilt med tabulator: new, open, overdue, unread_replies,
            unmatched, open_cases, late_at_provider, grouping_proposals, draft_notices,
            not_ready_past_deadline, queued, failed_to_send og open_alerts, for skript og
            overvåking. Filen blir bare lest. Avslutningsstatus 2 når noen må se på noe nå
            (en ny melding, en over frist, en sak forsinket hos tilbyder, en melding som
            ikke ble sendt, et åpent varsel), ellers 0.
            """,
        "seal": """
            bruk: segdesk seal [--db PATH] [--file FILE]

            For cron, daglig eller hver time: skriver journalens nyeste post, dens
            segl og tidspunktet som én linje til seal.file (eller FILE) og legger den
            i en melding til seal.mail. Seglene lenker hver post til den forrige, men
            kjeden har ingen hemmelighet: den som kan skrive i databasen, kan endre en
            post og segle alle etter den på nytt. Et hode som oppbevares der
            databasens skrivere ikke kan skrive det om (en fil merket bare-tillegg med
            chattr +a eller eid av en annen bruker, en arkivpostkasse), låser
            journalen fram til den posten: segdesk check --against finner da enhver
            endring i de postene etter at hodet ble skrevet. Det beviser ingenting om
            poster etter det nyeste hodet, om en database som er byttet ut sammen med
            vitnet, eller om at det en post sier, var sant.
            """,
    ]
}

extension Language {
    /// A command's whole `--help` page in this language, by its name; nil
    /// for English, which the command table keeps beside the commands.
    public func usagePage(_ name: String) -> String? {
        self == .bokmal ? BokmalTexts.usagePages[name] : nil
    }
}
