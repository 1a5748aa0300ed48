<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The backend is not reachable (connection refused). Check that it is running and that the address is right, then retry.</source>
        <translation>Das Backend ist nicht erreichbar (Verbindung abgelehnt). Prüfen Sie, ob es läuft und die Adresse stimmt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The backend closed the connection before answering. Retry; if it keeps happening, the backend may be restarting or overloaded.</source>
        <translation>Das Backend hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut; tritt das wiederholt auf, startet das Backend möglicherweise neu oder ist überlastet.</translation>
    </message>
    <message>
        <source>The backend&apos;s host name could not be found. Check the address in Settings.</source>
        <translation>Der Hostname des Backends wurde nicht gefunden. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to the backend failed. Check its certificate.</source>
        <translation>Die sichere Verbindung zum Backend ist fehlgeschlagen. Prüfen Sie dessen Zertifikat.</translation>
    </message>
    <message>
        <source>The network request failed: %1. Check your connection and retry.</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen: %1. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backend did not answer in time. It may be overloaded; retry in a moment.</source>
        <translation>Das Backend hat nicht rechtzeitig geantwortet. Es ist möglicherweise überlastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The backend does not offer &quot;%1&quot;. It may be an older version.</source>
        <translation>Das Backend bietet „%1“ nicht an. Möglicherweise handelt es sich um eine ältere Version.</translation>
    </message>
    <message>
        <source>The backend had a problem (HTTP %1). Retry in a moment.</source>
        <translation>Im Backend ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The backend answered with HTTP %1.</source>
        <translation>Das Backend hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The backend did not receive an API key. Reconnect in Settings.</source>
        <translation>Das Backend hat keinen API-Schlüssel erhalten. Verbinden Sie sich in den Einstellungen erneut.</translation>
    </message>
    <message>
        <source>This API key lacks the &quot;%1&quot; permission. Create a key with it, or ask an administrator to grant it.</source>
        <translation>Diesem API-Schlüssel fehlt die Berechtigung „%1“. Erstellen Sie einen Schlüssel mit dieser Berechtigung oder bitten Sie einen Administrator, sie zu erteilen.</translation>
    </message>
    <message>
        <source>The backend rejected the API key: it was revoked or does not exist. Create a new key and reconnect in Settings.</source>
        <translation>Das Backend hat den API-Schlüssel abgelehnt: Er wurde widerrufen oder existiert nicht. Erstellen Sie einen neuen Schlüssel und verbinden Sie sich in den Einstellungen erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The backend is rate limiting requests. Retry in %n second(s).</source>
        <translation>
            <numerusform>Das Backend drosselt Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Das Backend drosselt Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend is rate limiting requests. Retry in a moment.</source>
        <translation>Das Backend drosselt Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The backend sent an answer that could not be read (invalid JSON at byte %1). Retry; if it persists, report it with the details below.</source>
        <translation>Die Antwort des Backends konnte nicht gelesen werden (ungültiges JSON bei Byte %1). Versuchen Sie es erneut; besteht das Problem weiterhin, melden Sie es mit den Details unten.</translation>
    </message>
    <message>
        <source>The backend refused the request (%1).</source>
        <translation>Das Backend hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BackendUrl</name>
    <message>
        <source>Enter the backend&apos;s address, e.g. https://ats.example.com.</source>
        <translation>Geben Sie die Adresse des Backends ein, z. B. https://ats.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for this machine).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>Use https:// for a backend on another machine: over http:// the API key travels unencrypted. Tick &quot;Allow insecure connection&quot; only for a trusted test network.</source>
        <translation>Verwenden Sie https:// für ein Backend auf einem anderen Computer: Über http:// wird der API-Schlüssel unverschlüsselt übertragen. Aktivieren Sie „Unsichere Verbindung zulassen“ nur in einem vertrauenswürdigen Testnetz.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; enter the API key in its own field.</source>
        <translation>Geben Sie keine Zugangsdaten in der Adresse an; tragen Sie den API-Schlüssel in das dafür vorgesehene Feld ein.</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The backend sent data that could not be read (%1). Retry; if it keeps happening, report it with the details below.</source>
        <translation>Das Backend hat Daten gesendet, die nicht gelesen werden konnten (%1). Versuchen Sie es erneut; tritt das wiederholt auf, melden Sie es mit den Details unten.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Pre-interview screen</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting on response</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Candidate accepted</source>
        <translation>Vom Kandidaten angenommen</translation>
    </message>
    <message>
        <source>Candidate rejected</source>
        <translation>Vom Kandidaten abgelehnt</translation>
    </message>
    <message>
        <source>Waiting on candidate</source>
        <translation>Wartet auf Kandidaten</translation>
    </message>
    <message>
        <source>Waiting on approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Waiting on approvals</source>
        <translation>Wartet auf Genehmigungen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Vollzeit</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Freiberuflich</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Befristet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Dieses Geheimnis ist nicht im Schlüsselbund vorhanden.</translation>
    </message>
    <message>
        <source>This secret has an invalid backend id or name.</source>
        <translation>Dieses Geheimnis hat eine ungültige Backend-ID oder einen ungültigen Namen.</translation>
    </message>
    <message>
        <source>or keep secrets for this session only.</source>
        <translation>oder bewahren Sie Geheimnisse nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>No Secret Service is running. Install and start gnome-keyring (or KWallet), %1</source>
        <translation>Es läuft kein Secret Service. Installieren und starten Sie gnome-keyring (oder KWallet) %1</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example in Passwords and Keys) and try again, %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut %1</translation>
    </message>
    <message>
        <source>This system has no supported keychain. Keep secrets for this session only.</source>
        <translation>Dieses System hat keinen unterstützten Schlüsselbund. Bewahren Sie Geheimnisse nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer properly (%1). Make sure gnome-keyring (or KWallet) is running and unlocked, %2</source>
        <translation>Der Schlüsselbund hat nicht korrekt geantwortet (%1). Stellen Sie sicher, dass gnome-keyring (oder KWallet) läuft und entsperrt ist, %2</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ApplicationsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Job / stage</source>
        <translation>Stelle / Phase</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until / updated</source>
        <translation>Bis / aktualisiert</translation>
    </message>
</context>
<context>
    <name>Tessera::ArchiveReasonsModel</name>
    <message>
        <source>Rejected by the organisation</source>
        <translation>Von der Organisation abgelehnt</translation>
    </message>
    <message>
        <source>Rejected by the candidate</source>
        <translation>Vom Kandidaten abgelehnt</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateDetailPane</name>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>In Phase &amp;verschieben…</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Kandidatendetails</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Move an application of this candidate to another stage (Alt+M)</source>
        <translation>Eine Bewerbung dieses Kandidaten in eine andere Phase verschieben (Alt+V)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Select a candidate to see their applications, notes and offers.</source>
        <translation>Wählen Sie einen Kandidaten aus, um seine Bewerbungen, Notizen und Angebote zu sehen.</translation>
    </message>
    <message>
        <source>The note was not saved. %1 Your text is still in the editor.</source>
        <translation>Die Notiz wurde nicht gespeichert. %1 Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <source>The candidate could not be loaded. %1</source>
        <translation>Der Kandidat konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>%1 could not be loaded. %2</source>
        <translation>%1 konnte nicht geladen werden. %2</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Kandidat wird geladen…</translation>
    </message>
    <message>
        <source>Current stage: %1 — %2</source>
        <translation>Aktuelle Phase: %1 — %2</translation>
    </message>
    <message>
        <source>Loading applications, notes and offers of %1…</source>
        <translation>Bewerbungen, Notizen und Angebote von %1 werden geladen…</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Bewerbungen</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateHeader</name>
    <message>
        <source>Candidate name</source>
        <translation>Name des Kandidaten</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>No email or phone on file</source>
        <translation>Keine E-Mail-Adresse oder Telefonnummer hinterlegt</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateListPane</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Candidate count</source>
        <translation>Anzahl der Kandidaten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Check again for candidates</source>
        <translation>Erneut nach Kandidaten suchen</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 Kandidat</translation>
    </message>
    <message>
        <source>%L1 candidates</source>
        <translation>%L1 Kandidaten</translation>
    </message>
    <message>
        <source>1 of %L1 matches</source>
        <translation>1 von %L1 passt</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 von %L2 passen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 of %L2</source>
        <translation>Kandidaten werden geladen… %L1 von %L2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 so far</source>
        <translation>Kandidaten werden geladen… bisher %L1</translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation>Kandidaten werden geladen…</translation>
    </message>
    <message>
        <source>Loading stages and jobs…</source>
        <translation>Phasen und Stellen werden geladen…</translation>
    </message>
    <message>
        <source>No candidates yet. They appear here as soon as someone applies or is added in the ATS.</source>
        <translation>Noch keine Kandidaten. Sie erscheinen hier, sobald sich jemand bewirbt oder im ATS hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Candidates could not be loaded. See the message above.</source>
        <translation>Die Kandidaten konnten nicht geladen werden. Beachten Sie die Meldung oben.</translation>
    </message>
    <message>
        <source>Candidates load once Tessera is connected to a backend.</source>
        <translation>Kandidaten werden geladen, sobald Tessera mit einem Backend verbunden ist.</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateTable</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Application Review</source>
        <translation>Bewerbungsprüfung</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateTabs</name>
    <message>
        <source>No offers for this candidate.</source>
        <translation>Keine Angebote für diesen Kandidaten.</translation>
    </message>
    <message>
        <source>This candidate has not applied to any job yet.</source>
        <translation>Dieser Kandidat hat sich noch auf keine Stelle beworben.</translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation>Kandidatenbereiche</translation>
    </message>
    <message>
        <source>Applications and stage history</source>
        <translation>Bewerbungen und Phasenverlauf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Appli&amp;cations (%L1)</source>
        <translation>&amp;Bewerbungen (%L1)</translation>
    </message>
    <message>
        <source>Appli&amp;cations</source>
        <translation>&amp;Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Notes (%L1)</source>
        <translation>&amp;Notizen (%L1)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>O&amp;ffers (%L1)</source>
        <translation>&amp;Angebote (%L1)</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>&amp;Angebote</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesView</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Kandidaten suchen</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Nach Name oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Filters as you type. Enter also searches the server for candidates that are not synced yet.</source>
        <translation>Filtert bereits während der Eingabe. Die Eingabetaste durchsucht zusätzlich den Server nach Kandidaten, die noch nicht synchronisiert sind.</translation>
    </message>
    <message>
        <source>searching the server…</source>
        <translation>Suche auf dem Server…</translation>
    </message>
    <message>
        <source>none more on the server</source>
        <translation>keine weiteren auf dem Server</translation>
    </message>
    <message>
        <source>1 found on the server</source>
        <translation>1 auf dem Server gefunden</translation>
    </message>
    <message>
        <source>%L1 found on the server</source>
        <translation>%L1 auf dem Server gefunden</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectDialog</name>
    <message>
        <source>Try the local sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Connect to a backend</source>
        <translation>Mit einem Backend verbinden</translation>
    </message>
    <message>
        <source>Allow insecure connection (http:// to another machine)</source>
        <translation>Unsichere Verbindung zulassen (http:// zu einem anderen Computer)</translation>
    </message>
    <message>
        <source>Connect Tessera</source>
        <translation>Tessera verbinden</translation>
    </message>
    <message>
        <source>Tessera manages the integrations of an applicant tracking system. Start with the local sandbox — a complete demo organisation on this computer — or connect to your backend.</source>
        <translation>Tessera verwaltet die Integrationen eines Bewerbermanagementsystems. Beginnen Sie mit der lokalen Sandbox — einer vollständigen Demo-Organisation auf diesem Computer — oder verbinden Sie sich mit Ihrem Backend.</translation>
    </message>
    <message>
        <source>No account needed. Data stays on this computer.</source>
        <translation>Kein Konto erforderlich. Die Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>e.g. Production ATS</source>
        <translation>z. B. Produktiv-ATS</translation>
    </message>
    <message>
        <source>Backend name</source>
        <translation>Backend-Name</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Backend-Adresse</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key is checked with the backend, then kept only in your system keychain.</source>
        <translation>Der Schlüssel wird beim Backend geprüft und danach ausschließlich im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Paste the API key that your ATS administrator created for Tessera.</source>
        <translation>Fügen Sie den API-Schlüssel ein, den Ihr ATS-Administrator für Tessera erstellt hat.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectionIndicator</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1 (sandbox) · plan %2</source>
        <translation>Verbunden: %1 (Sandbox) · Tarif %2</translation>
    </message>
    <message>
        <source>Connected: %1 · plan %2</source>
        <translation>Verbunden: %1 · Tarif %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ConsoleController</name>
    <message numerus="yes">
        <source>%1 Retrying in %n s (attempt %2)…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s (Versuch %2)…</numerusform>
            <numerusform>%1 Neuer Versuch in %n s (Versuch %2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Die eingebettete Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Tessera console (embedded sandbox)</source>
        <translation>Tessera-Konsole (eingebettete Sandbox)</translation>
    </message>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>%1 rejected Tessera&apos;s API key: it was revoked or deleted. Create a new key in your ATS and reconnect.</source>
        <translation>%1 hat den API-Schlüssel von Tessera abgelehnt: Er wurde widerrufen oder gelöscht. Erstellen Sie in Ihrem ATS einen neuen Schlüssel und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Tessera never writes API keys to disk in clear text. You can keep this key in memory until Tessera quits instead.</source>
        <translation>Tessera speichert API-Schlüssel niemals im Klartext auf der Festplatte. Stattdessen können Sie diesen Schlüssel bis zum Beenden von Tessera im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Tessera is not connected to a backend. Press Retry to connect, or choose a backend in Settings.</source>
        <translation>Tessera ist mit keinem Backend verbunden. Klicken Sie auf „Erneut versuchen“, um eine Verbindung herzustellen, oder wählen Sie ein Backend in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Tessera::JobsModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Browse integrations and enable them with guided wizards.</source>
        <translation>Integrationen durchsuchen und mit geführten Assistenten aktivieren.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Map ATS fields to partner fields with drag and drop.</source>
        <translation>ATS-Felder per Drag-and-drop den Feldern der Partner zuordnen.</translation>
    </message>
    <message>
        <source>Interview plans</source>
        <translation>Interviewpläne</translation>
    </message>
    <message>
        <source>Add partner activities to interview-plan stages.</source>
        <translation>Partneraktivitäten zu den Phasen von Interviewplänen hinzufügen.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Search candidates and run manual actions.</source>
        <translation>Kandidaten suchen und manuelle Aktionen ausführen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>See the health of every integration at a glance.</source>
        <translation>Den Zustand aller Integrationen auf einen Blick sehen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, Sprache und Aufbewahrungsort der Geheimnisse.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Syncing %1 %2 / %3</source>
        <translation>Synchronisierung: %1 %2 / %3</translation>
    </message>
    <message>
        <source>Syncing %1 %2</source>
        <translation>Synchronisierung: %1 %2</translation>
    </message>
</context>
<context>
    <name>Tessera::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>Tessera::MoveStageDialog</name>
    <message>
        <source>Move to stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>%1 — now in %2</source>
        <translation>%1 — derzeit in %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Phase auswählen</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Archivierungsgrund</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Grund auswählen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Bewerbung:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Archive &amp;reason:</source>
        <translation>Archivierungs&amp;grund:</translation>
    </message>
    <message>
        <source>Loading the stages of this interview plan…</source>
        <translation>Phasen dieses Interviewplans werden geladen…</translation>
    </message>
    <message>
        <source>Loading archive reasons…</source>
        <translation>Archivierungsgründe werden geladen…</translation>
    </message>
    <message>
        <source>Choose the stage to move this application to.</source>
        <translation>Wählen Sie die Phase, in die diese Bewerbung verschoben werden soll.</translation>
    </message>
    <message>
        <source>Archiving needs a reason. Choose one to continue.</source>
        <translation>Für die Archivierung ist ein Grund erforderlich. Wählen Sie einen aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>„%1“ wird von %2 nach %3 verschoben.</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesTab</name>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Noch keine Notizen. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Notiz wird gespeichert…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ne&amp;w note:</source>
        <translation>Neu&amp;e Notiz:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Write a note… Ctrl+Enter adds it.</source>
        <translation>Notiz schreiben… Strg+Eingabe fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Tessera::OffersModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Offer status</source>
        <translation>Angebotsstatus</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
</context>
<context>
    <name>Tessera::PageTitle</name>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
</context>
<context>
    <name>Tessera::PlaceholderView</name>
    <message>
        <source>This view is coming in the next release.</source>
        <translation>Diese Ansicht folgt in der nächsten Version.</translation>
    </message>
</context>
<context>
    <name>Tessera::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsView</name>
    <message>
        <source>&amp;Use this backend</source>
        <translation>Dieses Backend &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Geheimnisse nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>&amp;Add backend…</source>
        <translation>Backend &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Aufbewahrungsort der Geheimnisse</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>The new language applies the next time Tessera starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Tessera.</translation>
    </message>
    <message>
        <source>embedded sandbox on this computer</source>
        <translation>eingebettete Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>Forget backend</source>
        <translation>Backend entfernen</translation>
    </message>
    <message>
        <source>Forget %1? Its API key is removed from the keychain and its settings are deleted. The backend itself is not changed.</source>
        <translation>%1 entfernen? Der API-Schlüssel wird aus dem Schlüsselbund entfernt und die Einstellungen werden gelöscht. Das Backend selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain (Secret Service) and nowhere else.</source>
        <translation>API-Schlüssel werden ausschließlich im Schlüsselbund Ihres Systems (Secret Service) aufbewahrt.</translation>
    </message>
    <message>
        <source>API keys are kept in memory for this session only: you will be asked for them again after Tessera quits.</source>
        <translation>API-Schlüssel werden nur für diese Sitzung im Arbeitsspeicher aufbewahrt: Nach dem Beenden von Tessera werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start gnome-keyring (or KWallet), or keep secrets for this session only. Tessera never writes keys to disk.</source>
        <translation>Kein System-Schlüsselbund verfügbar. Installieren und starten Sie gnome-keyring (oder KWallet) oder bewahren Sie Geheimnisse nur für diese Sitzung auf. Tessera schreibt Schlüssel niemals auf die Festplatte.</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain; it has not been used yet this session.</source>
        <translation>API-Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt; er wurde in dieser Sitzung noch nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>Tessera::StageMoveFlow</name>
    <message>
        <source>Moving the application…</source>
        <translation>Bewerbung wird verschoben…</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ wurde nach %2 verschoben.</translation>
    </message>
    <message>
        <source>The application was not moved. %1</source>
        <translation>Die Bewerbung wurde nicht verschoben. %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StagesModel</name>
    <message>
        <source>%1 (current stage)</source>
        <translation>%1 (aktuelle Phase)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Tessera::SyncFreshness</name>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation>Änderungen seit der letzten Synchronisierung abrufen (F5)</translation>
    </message>
    <message>
        <source>Refresh candidates</source>
        <translation>Kandidaten aktualisieren</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Minute synchronisiert</numerusform>
            <numerusform>Vor %n Minuten synchronisiert</numerusform>
        </translation>
    </message>
</context>
</TS>
