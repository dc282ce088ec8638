#!/usr/bin/env python3
"""Writes the mail fixtures of the ingest tests with Python's standard email
library, so the tests read mail as a real mail client writes it. Run it from
this directory; the output is committed and deterministic."""

import email.charset
import email.policy
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

DATE = "Thu, 26 Nov 2026 08:15:00 +0100"


def write(name, message):
    with open(name, "wb") as out:
        if message.is_multipart():
            message.set_boundary("=_boundary_" + name)
            for number, part in enumerate(message.walk()):
                if part is not message and part.is_multipart():
                    part.set_boundary("=_inner_%d_%s" % (number, name))
        out.write(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))


# Plain UTF-8, 8bit, from a bank's registered contact.
plain = EmailMessage()
plain["From"] = formataddr(("Drift Fjordbanken", "drift@fjordbanken.example"))
plain["To"] = "support@coordinator.example"
plain["Subject"] = "inntekt-api svarer HTTP 503"
plain["Date"] = DATE
plain["Message-ID"] = "<plain-1@fjordbanken.example>"
plain.set_content("Hei,\n\nAlle kall mot inntekt-api gir HTTP 503 siden 08:10.\nKorrelasjons-id 7f3a.\n", cte="8bit")
write("plain-utf8.eml", plain)

# multipart/alternative: quoted-printable text/plain and text/html, UTF-8
# subject and sender name (RFC 2047).
alternative = EmailMessage()
alternative["From"] = formataddr(("Kåre Ødegård", "kare@fjordbanken.example"))
alternative["To"] = "support@coordinator.example"
alternative["Subject"] = "Feil på inntekt-api: HTTP 503 for søknader i dag"
alternative["Date"] = DATE
alternative["Message-ID"] = "<alternative-1@fjordbanken.example>"
alternative.set_content("Søknadene stopper på HTTP 503.\nMvh Kåre\n", cte="quoted-printable")
alternative.add_alternative("<html><body><p>HTML-delen skal <b>ikke</b> brukes.</p></body></html>", subtype="html",
                            cte="quoted-printable")
write("multipart-alternative-qp.eml", alternative)

# ISO-8859-1 throughout: a Q-encoded subject long enough to be folded, a base64 body.
latin1 = MIMEText("Bjørnøya Sparebank får ikke svar fra a-ordningen-api.\nFeilkode ERR-AORD-0042.\n",
                  "plain", "iso-8859-1")
latin1.replace_header("Content-Transfer-Encoding", "base64")
latin1.set_payload(__import__("base64").encodebytes(
    "Bjørnøya Sparebank får ikke svar fra a-ordningen-api.\nFeilkode ERR-AORD-0042.\n".encode("iso-8859-1")).decode())
latin1["From"] = Header("Bjørn Ås", "iso-8859-1").encode() + " <bjorn@bjornoya.example>"
latin1["To"] = "support@coordinator.example"
latin1["Subject"] = Header("Søknader fra Bjørnøya stopper: a-ordningen-api gir ERR-AORD-0042 på alle kall i produksjon",
                           "iso-8859-1").encode()
latin1["Date"] = DATE
latin1["Message-ID"] = "<latin1-1@bjornoya.example>"
write("latin1-base64.eml", latin1)

# Only HTML, Windows-1252, quoted-printable (curly quotes and a dash).
cp1252 = email.charset.Charset("windows-1252")
cp1252.body_encoding = email.charset.QP
html = MIMEText("<html><head><style>p {color: red}</style></head><body><p>\u201cSkatteattest\u201d \u2013 "
                "HTTP 500 fra skatteattest-api</p><p>Gjelder 3&nbsp;s&oslash;knader.<br>Hilsen Vestbanken</p>"
                "</body></html>", "html", cp1252)
html["From"] = "post@vestbanken.example"
html["To"] = "support@coordinator.example"
html["Subject"] = "skatteattest-api feiler"
html["Date"] = DATE
html["Message-ID"] = "<html-1@vestbanken.example>"
write("html-windows1252.eml", html)

# multipart/mixed: a nested alternative and a PDF attachment.
mixed = MIMEMultipart("mixed")
inner = MIMEMultipart("alternative")
inner.attach(MIMEText("Se vedlagt logg. Kall feiler med HTTP 502.\n", "plain", "utf-8"))
inner.attach(MIMEText("<p>Se vedlagt logg.</p>", "html", "utf-8"))
mixed.attach(inner)
mixed.attach(MIMEApplication(b"%PDF-1.4 not really a pdf\n", Name="logg.pdf"))
mixed["From"] = formataddr(("Ukjent Avsender", "someone@gmail.example"))
mixed["To"] = "support@coordinator.example"
mixed["Subject"] = "Feil med vedlegg"
mixed["Date"] = DATE
mixed["Message-ID"] = "<mixed-1@gmail.example>"
write("multipart-mixed-attachment.eml", mixed)

# Hostile: terminal escapes in an encoded subject, a line break hidden in an
# encoded name, no Message-ID.
hostile = MIMEText("\x1b]52;c;Y3VybCBldmlsCg==\x07Kopier dette.\n", "plain", "utf-8")
hostile["From"] = "=?utf-8?q?Evil=0D=0ABcc=3A_all=40victim=2Eexample?= <evil@fjordbanken.example>"
hostile["To"] = "support@coordinator.example"
hostile["Subject"] = Header("\x1b]0;owned\x07HTTP 503 \x1b[2J", "utf-8").encode(maxlinelen=998)
hostile["Date"] = DATE
write("hostile.eml", hostile)
