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
    <name>CheckText</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The %1 base URL is http on this computer — allowed for the sandbox</source>
        <translation>Die %1-Basis-URL ist http auf diesem Computer — für die Sandbox erlaubt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>The ATS accepted the %1 base URL</source>
        <translation>Das ATS hat die %1-Basis-URL akzeptiert</translation>
    </message>
    <message>
        <source>%1 holds an active ATS API key</source>
        <translation>%1 hat einen aktiven ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>The ATS API key for %1 is active</source>
        <translation>Der ATS-API-Schlüssel für %1 ist aktiv</translation>
    </message>
    <message>
        <source>The ATS verified the signature of the last webhook from %1</source>
        <translation>Das ATS hat die Signatur des letzten Webhooks von %1 geprüft</translation>
    </message>
    <message>
        <source>%1 accepts the %1 API key stored in the ATS</source>
        <translation>%1 akzeptiert den im ATS gespeicherten %1-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 finished its first sync of jobs and stages</source>
        <translation>%1 hat die erste Synchronisierung von Stellen und Phasen abgeschlossen</translation>
    </message>
    <message>
        <source>%1 received a signed webhook from the ATS</source>
        <translation>%1 hat einen signierten Webhook vom ATS empfangen</translation>
    </message>
    <message>
        <source>An ATS webhook sends to %1</source>
        <translation>Ein ATS-Webhook sendet an %1</translation>
    </message>
    <message>
        <source>%1 has an active stage-change listener</source>
        <translation>%1 hat einen aktiven Listener für Phasenwechsel</translation>
    </message>
    <message>
        <source>The %1 credential verification key is stored in the ATS</source>
        <translation>Der %1-Schlüssel für die Credential Verification ist im ATS gespeichert</translation>
    </message>
    <message>
        <source>The %1 base URL uses https</source>
        <translation>Die %1-Basis-URL verwendet https</translation>
    </message>
    <message>
        <source>The %1 base URL uses https (or http on this computer)</source>
        <translation>Die %1-Basis-URL verwendet https (oder http auf diesem Computer)</translation>
    </message>
    <message>
        <source>%1 lists its assessment packages</source>
        <translation>%1 listet seine Assessment-Pakete auf</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>Paste the address the partner gave you.</source>
        <translation>Fügen Sie die Adresse ein, die Ihnen der Partner gegeben hat.</translation>
    </message>
    <message>
        <source>https: the connection is encrypted.</source>
        <translation>https: Die Verbindung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>http on this computer — allowed for the sandbox.</source>
        <translation>http auf diesem Computer — für die Sandbox erlaubt.</translation>
    </message>
    <message>
        <source>Plain http to another computer is not allowed: use the https address.</source>
        <translation>Unverschlüsseltes http zu einem anderen Computer ist nicht erlaubt: Verwenden Sie die https-Adresse.</translation>
    </message>
    <message>
        <source>This is not a web address. It starts with https://.</source>
        <translation>Das ist keine Webadresse. Sie beginnt mit https://.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>HumaansSetup</name>
    <message>
        <source>Humaans reads hired candidates, their job and their offer with this key.</source>
        <translation>Mit diesem Schlüssel liest Humaans eingestellte Kandidaten, ihre Stelle und ihr Angebot.</translation>
    </message>
    <message>
        <source>Connect Humaans</source>
        <translation>Humaans verbinden</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Humaans, open &lt;b&gt;Admin › Integrations&lt;/b&gt;, find Ashby, click &lt;b&gt;Configure&lt;/b&gt; and &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Request URL&lt;/b&gt; and the &lt;b&gt;Secret Token&lt;/b&gt; Humaans shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Humaans &lt;b&gt;Admin › Integrations&lt;/b&gt;, suchen Sie Ashby und klicken Sie auf &lt;b&gt;Configure&lt;/b&gt; und &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie den ATS-API-Schlüssel ein und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie die von Humaans angezeigten Werte &lt;b&gt;Request URL&lt;/b&gt; und &lt;b&gt;Secret Token&lt;/b&gt; in die Felder unten.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Request-URL</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Secret-Token</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Humaans</source>
        <translation>Diesen Schritt im simulierten &amp;Humaans ausführen</translation>
    </message>
    <message>
        <source>✓ Humaans accepted the key and shows its Request URL and Secret Token.</source>
        <translation>✓ Humaans hat den Schlüssel akzeptiert und zeigt Request-URL und Secret-Token an.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate is marked as hired, they appear in Humaans under &lt;b&gt;New hires&lt;/b&gt; for review before they become members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald ein Kandidat als eingestellt markiert ist, erscheint er in Humaans zur Prüfung unter &lt;b&gt;New hires&lt;/b&gt;, bevor er als Mitarbeiter übernommen wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give Humaans the ATS API key, then copy back the request URL and the secret token Humaans shows for the ATS&apos;s events.</source>
        <translation>Geben Sie Humaans den ATS-API-Schlüssel und übernehmen Sie dann die Request-URL und das Secret-Token, die Humaans für die Ereignisse des ATS anzeigt.</translation>
    </message>
    <message>
        <source>ATS webhook</source>
        <translation>ATS-Webhook</translation>
    </message>
</context>
<context>
    <name>IntegrationCategory</name>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Video interviews</source>
        <translation>Video-Interviews</translation>
    </message>
    <message>
        <source>HRIS</source>
        <comment>category: HR information systems</comment>
        <translation>HRIS</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>Hintergrundprüfungen</translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Start Juro contract workflows from an interview stage or an offer. When the contract is completed in Juro, the offer is marked accepted.</source>
        <translation>Starten Sie Juro-Vertragsworkflows aus einer Interviewphase oder einem Angebot. Sobald der Vertrag in Juro abgeschlossen ist, wird das Angebot als angenommen markiert.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Marketplace &gt; Juro and click Enable.</source>
        <translation>Öffnen Sie Admin &gt; Integrations &gt; Marketplace &gt; Juro (Marktplatz) und klicken Sie auf Enable.</translation>
    </message>
    <message>
        <source>Create an Ashby API key named Juro so Juro can push updates.</source>
        <translation>Erstellen Sie einen Ashby-API-Schlüssel mit dem Namen „Juro“, damit Juro Aktualisierungen senden kann.</translation>
    </message>
    <message>
        <source>In Juro, open Settings &gt; Integrations &gt; API, activate the API and copy its key.</source>
        <translation>Öffnen Sie in Juro Settings &gt; Integrations &gt; API, aktivieren Sie die API und kopieren Sie deren Schlüssel.</translation>
    </message>
    <message>
        <source>In Juro, add a webhook to Ashby with a security signature secret set to that key and all triggers.</source>
        <translation>Legen Sie in Juro einen Webhook zu Ashby an: mit diesem Schlüssel als Signatur-Secret und allen Triggern.</translation>
    </message>
    <message>
        <source>Paste the Juro API key into the Juro settings in Ashby and click Update.</source>
        <translation>Fügen Sie den Juro-API-Schlüssel in Ashby in die Juro-Einstellungen ein und klicken Sie auf Update.</translation>
    </message>
    <message>
        <source>Add a Juro workflow under Admin &gt; Integrations &gt; External workflows.</source>
        <translation>Fügen Sie unter Admin &gt; Integrations &gt; External workflows einen Juro-Workflow hinzu.</translation>
    </message>
    <message>
        <source>Invite candidates to a Willo video interview when they reach a chosen stage. Their responses come back as notes on the candidate.</source>
        <translation>Laden Sie Kandidaten zu einem Willo-Video-Interview ein, sobald sie eine gewählte Phase erreichen. Ihre Antworten kommen als Notizen zum Kandidaten zurück.</translation>
    </message>
    <message>
        <source>Open Admin &gt; API Keys and click New.</source>
        <translation>Öffnen Sie Admin &gt; API Keys und klicken Sie auf New.</translation>
    </message>
    <message>
        <source>Name the key so its purpose stays clear, then click Create API Key.</source>
        <translation>Benennen Sie den Schlüssel so, dass sein Zweck erkennbar bleibt, und klicken Sie dann auf Create API Key.</translation>
    </message>
    <message>
        <source>Copy the key now; it is shown only once.</source>
        <translation>Kopieren Sie den Schlüssel sofort; er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Paste the key into Willo&apos;s connection dialog and click Continue.</source>
        <translation>Fügen Sie den Schlüssel in den Verbindungsdialog von Willo ein und klicken Sie auf Continue.</translation>
    </message>
    <message>
        <source>In Willo, select Enable on the Ashby tile and grant access.</source>
        <translation>Wählen Sie in Willo auf der Ashby-Kachel Enable und erteilen Sie den Zugriff.</translation>
    </message>
    <message>
        <source>Connect each Willo interview to an Ashby job and trigger stage.</source>
        <translation>Verknüpfen Sie jedes Willo-Interview mit einer Ashby-Stelle und der auslösenden Phase.</translation>
    </message>
    <message>
        <source>Import hired candidates into Humaans automatically. They wait in the New hires tab for review before they become members.</source>
        <translation>Übernehmen Sie eingestellte Kandidaten automatisch in Humaans. Dort warten sie auf der Registerkarte „New hires“ auf Ihre Prüfung, bevor sie Mitarbeiter werden.</translation>
    </message>
    <message>
        <source>In Humaans, open Admin &gt; Integrations and enable the Ashby integration.</source>
        <translation>Öffnen Sie in Humaans Admin &gt; Integrations und aktivieren Sie die Ashby-Integration.</translation>
    </message>
    <message>
        <source>Create an Ashby API key and leave Integration Partner blank.</source>
        <translation>Erstellen Sie einen Ashby-API-Schlüssel und lassen Sie „Integration Partner“ leer.</translation>
    </message>
    <message>
        <source>Paste the key into Humaans and click Save.</source>
        <translation>Fügen Sie den Schlüssel in Humaans ein und klicken Sie auf Save.</translation>
    </message>
    <message>
        <source>Create an Application Updated webhook with the Request URL from Humaans.</source>
        <translation>Erstellen Sie einen Webhook „Application Updated“ mit der Request-URL aus Humaans.</translation>
    </message>
    <message>
        <source>Paste the Secret Token from Humaans into the webhook.</source>
        <translation>Fügen Sie das Secret-Token aus Humaans in den Webhook ein.</translation>
    </message>
    <message>
        <source>Import a candidate into Sora as an employee and add them to a workflow, such as Onboarding, when they enter a chosen stage.</source>
        <translation>Übernehmen Sie einen Kandidaten als Mitarbeiter in Sora und nehmen Sie ihn in einen Workflow wie das Onboarding auf, sobald er eine gewählte Phase erreicht.</translation>
    </message>
    <message>
        <source>Create an Ashby API key.</source>
        <translation>Erstellen Sie einen Ashby-API-Schlüssel.</translation>
    </message>
    <message>
        <source>In Sora, open Settings &gt; Integrations &gt; Ashby and paste the key.</source>
        <translation>Öffnen Sie in Sora Settings &gt; Integrations &gt; Ashby und fügen Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Toggle the integration to Active and click Save.</source>
        <translation>Schalten Sie die Integration auf Active und klicken Sie auf Save.</translation>
    </message>
    <message>
        <source>Map Ashby candidate fields to Sora employee fields under Inbound field mapping.</source>
        <translation>Ordnen Sie unter „Inbound field mapping“ die Kandidatenfelder von Ashby den Mitarbeiterfeldern von Sora zu.</translation>
    </message>
    <message>
        <source>In Sora, add a Candidate stage change listener to the workflow.</source>
        <translation>Fügen Sie in Sora dem Workflow einen Listener „Candidate stage change“ hinzu.</translation>
    </message>
    <message>
        <source>Create an Ashby webhook with the Endpoint URL and Secret key from Sora.</source>
        <translation>Erstellen Sie einen Ashby-Webhook mit der Endpoint-URL und dem Secret Key aus Sora.</translation>
    </message>
    <message>
        <source>In Sora, click Create event listener.</source>
        <translation>Klicken Sie in Sora auf Create event listener.</translation>
    </message>
    <message>
        <source>Start Justifacts background checks from a candidate&apos;s profile. Status updates and a link to the results appear on the assessment activity.</source>
        <translation>Starten Sie Hintergrundprüfungen von Justifacts aus dem Profil eines Kandidaten. Statusmeldungen und ein Link zu den Ergebnissen erscheinen bei der Assessment-Aktivität.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; API keys and click New.</source>
        <translation>Öffnen Sie Admin &gt; Integrations &gt; API keys und klicken Sie auf New.</translation>
    </message>
    <message>
        <source>Choose Justifacts as the integration partner, select Read all and Write all, and create the key.</source>
        <translation>Wählen Sie Justifacts als Integrationspartner, wählen Sie „Read all“ und „Write all“ und erstellen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Copy the key at once and share it with Justifacts; it is shown only once.</source>
        <translation>Kopieren Sie den Schlüssel sofort und geben Sie ihn an Justifacts weiter; er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Integrations and select Justifacts.</source>
        <translation>Öffnen Sie Admin &gt; Integrations &gt; Integrations und wählen Sie Justifacts aus.</translation>
    </message>
    <message>
        <source>Enter the credential verification key Justifacts sent you and select the new Ashby key.</source>
        <translation>Geben Sie den Schlüssel für die Credential Verification ein, den Justifacts Ihnen geschickt hat, und wählen Sie den neuen Ashby-Schlüssel aus.</translation>
    </message>
    <message>
        <source>Paste the Justifacts staging base URL into its field.</source>
        <translation>Fügen Sie die Staging-Basis-URL von Justifacts in das zugehörige Feld ein.</translation>
    </message>
    <message>
        <source>Add a Justifacts activity to the background check stage of each interview plan.</source>
        <translation>Fügen Sie der Phase für die Hintergrundprüfung jedes Interviewplans eine Justifacts-Aktivität hinzu.</translation>
    </message>
    <message>
        <source>%1 is not included in any plan of this organisation.</source>
        <translation>%1 ist in keinem Tarif dieser Organisation enthalten.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans.</source>
        <translation>%1 ist in den Tarifen %2 enthalten.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans; this organisation is on %3.</source>
        <translation>%1 ist in den Tarifen %2 enthalten; diese Organisation hat den Tarif %3.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of plans</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>JuroSetup</name>
    <message>
        <source>&lt;b&gt;✓ Juro&apos;s test webhook arrived and its signature verified&lt;/b&gt; (HTTP %1).</source>
        <translation>&lt;b&gt;✓ Der Test-Webhook von Juro ist eingegangen und seine Signatur wurde verifiziert&lt;/b&gt; (HTTP %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;✗ Juro&apos;s test webhook was not accepted&lt;/b&gt; (HTTP %1): %2</source>
        <translation>&lt;b&gt;✗ Der Test-Webhook von Juro wurde nicht angenommen&lt;/b&gt; (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Looking for Juro&apos;s test webhook…</source>
        <translation>Test-Webhook von Juro wird gesucht…</translation>
    </message>
    <message>
        <source>No verified webhook from Juro has arrived yet.</source>
        <translation>Es ist noch kein verifizierter Webhook von Juro eingegangen.</translation>
    </message>
    <message>
        <source>Paste the Juro API key</source>
        <translation>Juro-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>The ATS uses it to call Juro and to verify the webhooks Juro sends.</source>
        <translation>Das ATS verwendet ihn, um Juro aufzurufen und die von Juro gesendeten Webhooks zu verifizieren.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations&lt;/b&gt; and select &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Activate&lt;/b&gt; if the API is not active yet.&lt;/li&gt;&lt;li&gt;Copy the API key from the text box and paste it below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Juro &lt;b&gt;Settings › Integrations&lt;/b&gt; und wählen Sie &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Activate&lt;/b&gt;, falls die API noch nicht aktiv ist.&lt;/li&gt;&lt;li&gt;Kopieren Sie den API-Schlüssel aus dem Textfeld und fügen Sie ihn unten ein.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Juro API key</source>
        <translation>Juro-API-Schlüssel</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Juro</source>
        <translation>Diesen Schritt im simulierten &amp;Juro ausführen</translation>
    </message>
    <message>
        <source>Add the ATS webhook in Juro</source>
        <translation>ATS-Webhook in Juro hinzufügen</translation>
    </message>
    <message>
        <source>Juro signs every webhook with your Juro API key; the ATS checks the signature.</source>
        <translation>Juro signiert jeden Webhook mit Ihrem Juro-API-Schlüssel; das ATS prüft die Signatur.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; and click &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter the values below, choose &lt;b&gt;Security signature&lt;/b&gt; and paste your Juro API key as the secret.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;all&lt;/b&gt; triggers, click &lt;b&gt;Save webhook&lt;/b&gt;, then send a test webhook.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Juro &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; und klicken Sie auf &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Tragen Sie die Werte unten ein, wählen Sie &lt;b&gt;Security signature&lt;/b&gt; und fügen Sie Ihren Juro-API-Schlüssel als Secret ein.&lt;/li&gt;&lt;li&gt;Wählen Sie &lt;b&gt;alle&lt;/b&gt; Trigger, klicken Sie auf &lt;b&gt;Save webhook&lt;/b&gt; und senden Sie dann einen Test-Webhook.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Webhook security</source>
        <translation>Webhook-Sicherheit</translation>
    </message>
    <message>
        <source>Security signature</source>
        <translation>Security signature</translation>
    </message>
    <message>
        <source>Signature secret</source>
        <translation>Signatur-Secret</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Add it in the simulated &amp;Juro and send a test webhook</source>
        <translation>Im simulierten &amp;Juro hinzufügen und Test-Webhook senden</translation>
    </message>
    <message>
        <source>I saved the webhook in Juro and sent a test webhook</source>
        <translation>Ich habe den Webhook in Juro gespeichert und einen Test-Webhook gesendet</translation>
    </message>
    <message>
        <source>Juro uses this key to push contract updates to the ATS. You do not need to copy it. Revoking it later cuts off Juro&apos;s access.</source>
        <translation>Juro verwendet diesen Schlüssel, um Vertragsaktualisierungen an das ATS zu senden. Sie müssen ihn nicht kopieren. Wenn Sie ihn später widerrufen, verliert Juro den Zugriff.</translation>
    </message>
    <message>
        <source>Checking the Juro API key with Juro…</source>
        <translation>Juro-API-Schlüssel wird bei Juro geprüft…</translation>
    </message>
    <message>
        <source>The ATS could not check the Juro API key.</source>
        <translation>Das ATS konnte den Juro-API-Schlüssel nicht prüfen.</translation>
    </message>
    <message>
        <source>Webhook at Juro</source>
        <translation>Webhook bei Juro</translation>
    </message>
    <message>
        <source>&lt;p&gt;Juro workflows are listed with the field mappings. Once one exists, add it to an interview plan or start it from an offer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Juro-Workflows stehen bei den Feldzuordnungen. Sobald es einen gibt, fügen Sie ihn einem Interviewplan hinzu oder starten ihn aus einem Angebot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JustifactsSetup</name>
    <message>
        <source>Connection proven</source>
        <translation>Verbindung bestätigt</translation>
    </message>
    <message>
        <source>Justifacts answered the ATS with the background-check packages you can add to interview plans:</source>
        <translation>Justifacts hat dem ATS die Pakete für Hintergrundprüfungen gemeldet, die Sie zu Interviewplänen hinzufügen können:</translation>
    </message>
    <message>
        <source>The key is made for the integration partner Justifacts (which also names it) with Read all and Write all. Share it with Justifacts: it is shown only once.</source>
        <translation>Der Schlüssel wird für den Integrationspartner Justifacts (der ihn auch benennt) mit „Alles lesen“ und „Alles schreiben“ erstellt. Geben Sie ihn an Justifacts weiter: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Justifacts settings</source>
        <translation>Justifacts-Einstellungen</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>&lt;p&gt;In each interview plan, add a Justifacts activity to the background-check stage and choose its package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügen Sie in jedem Interviewplan der Phase für die Hintergrundprüfung eine Justifacts-Aktivität hinzu und wählen Sie deren Paket.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Jobs: read</source>
        <translation>Stellen: lesen</translation>
    </message>
    <message>
        <source>Jobs: write</source>
        <translation>Stellen: schreiben</translation>
    </message>
    <message>
        <source>Candidates and applications: read</source>
        <translation>Kandidaten und Bewerbungen: lesen</translation>
    </message>
    <message>
        <source>Candidates and applications: write</source>
        <translation>Kandidaten und Bewerbungen: schreiben</translation>
    </message>
    <message>
        <source>Candidates: delete</source>
        <translation>Kandidaten: löschen</translation>
    </message>
    <message>
        <source>Interview plans and stages: read</source>
        <translation>Interviewpläne und Phasen: lesen</translation>
    </message>
    <message>
        <source>Interviews: write</source>
        <translation>Interviews: schreiben</translation>
    </message>
    <message>
        <source>Hiring metadata: read</source>
        <translation>Recruiting-Metadaten: lesen</translation>
    </message>
    <message>
        <source>Hiring metadata: write</source>
        <translation>Recruiting-Metadaten: schreiben</translation>
    </message>
    <message>
        <source>Organisation and users: read</source>
        <translation>Organisation und Benutzer: lesen</translation>
    </message>
    <message>
        <source>Organisation and integrations: write</source>
        <translation>Organisation und Integrationen: schreiben</translation>
    </message>
    <message>
        <source>Offers: read</source>
        <translation>Angebote: lesen</translation>
    </message>
    <message>
        <source>Offers: write</source>
        <translation>Angebote: schreiben</translation>
    </message>
    <message>
        <source>API keys and webhooks: read</source>
        <translation>API-Schlüssel und Webhooks: lesen</translation>
    </message>
    <message>
        <source>API keys and webhooks: write</source>
        <translation>API-Schlüssel und Webhooks: schreiben</translation>
    </message>
    <message>
        <source>Approvals: read</source>
        <translation>Genehmigungen: lesen</translation>
    </message>
    <message>
        <source>Approvals: write</source>
        <translation>Genehmigungen: schreiben</translation>
    </message>
    <message>
        <source>Reports: read</source>
        <translation>Berichte: lesen</translation>
    </message>
    <message>
        <source>Notetaker: read</source>
        <translation>Notetaker: lesen</translation>
    </message>
    <message>
        <source>Read all</source>
        <translation>Alles lesen</translation>
    </message>
    <message>
        <source>Write all</source>
        <translation>Alles schreiben</translation>
    </message>
    <message>
        <source>Read and write all</source>
        <translation>Alles lesen und schreiben</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
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
    <name>ScopeText</name>
    <message>
        <source>Read candidates and applications</source>
        <translation>Kandidaten und Bewerbungen lesen</translation>
    </message>
    <message>
        <source>Change candidates, notes and stages</source>
        <translation>Kandidaten, Notizen und Phasen ändern</translation>
    </message>
    <message>
        <source>Read jobs</source>
        <translation>Stellen lesen</translation>
    </message>
    <message>
        <source>Change jobs</source>
        <translation>Stellen ändern</translation>
    </message>
    <message>
        <source>Read interview plans and stages</source>
        <translation>Interviewpläne und Phasen lesen</translation>
    </message>
    <message>
        <source>Change interviews</source>
        <translation>Interviews ändern</translation>
    </message>
    <message>
        <source>Read custom fields and archive reasons</source>
        <translation>Benutzerdefinierte Felder und Archivierungsgründe lesen</translation>
    </message>
    <message>
        <source>Read the organisation and users</source>
        <translation>Organisation und Benutzer lesen</translation>
    </message>
    <message>
        <source>Change organisation settings</source>
        <translation>Organisationseinstellungen ändern</translation>
    </message>
    <message>
        <source>Read offers</source>
        <translation>Angebote lesen</translation>
    </message>
    <message>
        <source>Change offers</source>
        <translation>Angebote ändern</translation>
    </message>
    <message>
        <source>Read API keys and webhooks</source>
        <translation>API-Schlüssel und Webhooks lesen</translation>
    </message>
    <message>
        <source>Change API keys and webhooks</source>
        <translation>API-Schlüssel und Webhooks ändern</translation>
    </message>
    <message>
        <source>Read all and write all</source>
        <translation>Alles lesen und alles schreiben</translation>
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
    <name>SoraSetup</name>
    <message>
        <source>Sora reads the candidate, their job and their stage with this key.</source>
        <translation>Mit diesem Schlüssel liest Sora den Kandidaten, seine Stelle und seine Phase.</translation>
    </message>
    <message>
        <source>Connect Sora</source>
        <translation>Sora verbinden</translation>
    </message>
    <message>
        <source>You need to be in Sora&apos;s Administrators group.</source>
        <translation>Sie müssen Mitglied der Gruppe „Administrators“ in Sora sein.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the API key field.&lt;/li&gt;&lt;li&gt;Toggle the switch to &lt;b&gt;Active&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Sora &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie den ATS-API-Schlüssel in das Feld für den API-Schlüssel ein.&lt;/li&gt;&lt;li&gt;Stellen Sie den Schalter auf &lt;b&gt;Active&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Sora</source>
        <translation>Diesen Schritt im simulierten &amp;Sora ausführen</translation>
    </message>
    <message>
        <source>✓ Sora accepted the key; the integration is Active.</source>
        <translation>✓ Sora hat den Schlüssel akzeptiert; die Integration ist aktiv.</translation>
    </message>
    <message>
        <source>I pasted the key into Sora, set it Active and saved</source>
        <translation>Ich habe den Schlüssel in Sora eingefügt, auf „Active“ gestellt und gespeichert</translation>
    </message>
    <message>
        <source>Asking whether Sora holds a working key…</source>
        <translation>Es wird geprüft, ob Sora einen funktionierenden Schlüssel hat…</translation>
    </message>
    <message>
        <source>Sora is not connected yet.</source>
        <translation>Sora ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate enters &lt;b&gt;%1&lt;/b&gt;, Sora imports them as an employee and adds them to the &lt;b&gt;%2&lt;/b&gt; workflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald ein Kandidat die Phase &lt;b&gt;%1&lt;/b&gt; erreicht, importiert Sora ihn als Mitarbeiter und fügt ihn dem Workflow &lt;b&gt;%2&lt;/b&gt; hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listener in Sora</source>
        <translation>Listener in Sora</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint-URL</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret-Key</translation>
    </message>
    <message>
        <source>ATS webhook</source>
        <translation>ATS-Webhook</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivitiesTab</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>+ &amp;New activity</source>
        <translation>+ &amp;Neue Aktivität</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Start another assessment package for this application</source>
        <translation>Ein weiteres Assessment-Paket für diese Bewerbung starten</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neues Assessment</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Assessment-Paket</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Activities of this application</source>
        <translation>Aktivitäten dieser Bewerbung</translation>
    </message>
    <message>
        <source>+ New activity</source>
        <translation>+ Neue Aktivität</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no candidate activities.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die keine Kandidatenaktivitäten kennt.</translation>
    </message>
    <message>
        <source>For the application to %1 at the stage &quot;%2&quot;.</source>
        <translation>Für die Bewerbung auf %1 in der Phase „%2“.</translation>
    </message>
    <message>
        <source>This candidate has no application, so nothing runs for them.</source>
        <translation>Dieser Kandidat hat keine Bewerbung, daher läuft für ihn nichts.</translation>
    </message>
    <message>
        <source>Activities run for an application; this candidate has none.</source>
        <translation>Aktivitäten laufen für eine Bewerbung; dieser Kandidat hat keine.</translation>
    </message>
    <message>
        <source>Candidate activities need a backend with Tessera&apos;s extensions, such as the local sandbox.</source>
        <translation>Kandidatenaktivitäten erfordern ein Backend mit den Erweiterungen von Tessera, etwa die lokale Sandbox.</translation>
    </message>
    <message>
        <source>Loading the activities of %1…</source>
        <translation>Aktivitäten von %1 werden geladen…</translation>
    </message>
    <message>
        <source>No activities at this stage. Activities are partner steps such as a background check or a contract workflow: an admin places them on interview stages in Interview plans, and they appear here when the candidate reaches that stage. You can also start an assessment by hand with + New activity.</source>
        <translation>Keine Aktivitäten in dieser Phase. Aktivitäten sind Schritte eines Partners, etwa eine Hintergrundprüfung oder ein Vertrags-Workflow: Ein Admin fügt sie unter „Interviewpläne“ den Interviewphasen hinzu, und sie erscheinen hier, sobald der Kandidat diese Phase erreicht. Mit „+ Neue Aktivität“ können Sie ein Assessment auch von Hand starten.</translation>
    </message>
    <message>
        <source>The activities could not be loaded.</source>
        <translation>Die Aktivitäten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The activities could not be loaded. %1</source>
        <translation>Die Aktivitäten konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The activities could not be refreshed; what is shown may be out of date. %1</source>
        <translation>Die Aktivitäten konnten nicht aktualisiert werden; die Anzeige ist möglicherweise veraltet. %1</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 erhält Name, E-Mail-Adresse und Profillink von %2 sowie die Stelle „%3“ und startet dafür „%4“.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Assessment starten</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Assessment %1 starten</translation>
    </message>
    <message>
        <source>The packages could not be listed. %1</source>
        <translation>Die Pakete konnten nicht abgerufen werden. %1</translation>
    </message>
    <message>
        <source>Asking %1 which packages it offers…</source>
        <translation>%1 wird nach den angebotenen Paketen gefragt…</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityCard</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>External workflow</source>
        <translation>Externer Workflow</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 from %3</source>
        <translation>%1, %2 von %3</translation>
    </message>
    <message>
        <source>%1, %2 from %3, problem: %4</source>
        <translation>%1, %2 von %3, Problem: %4</translation>
    </message>
    <message>
        <source>Delete removes it, Alt+Up and Alt+Down reorder it, Ctrl+M moves it to another stage.</source>
        <translation>Entf entfernt sie, Alt+Pfeil hoch und Alt+Pfeil runter ändern die Reihenfolge, Strg+M verschiebt sie in eine andere Phase.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Anderes Paket wählen</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Change the workflow&apos;s entry point</source>
        <translation>Startpunkt des Workflows ändern</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>In Phase verschieben…</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Diese Aktivität entfernen</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityChart</name>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 runs and checks (%L4 %)</source>
        <translation>%1: %L2 von %L3 Läufen und Prüfungen (%L4 %)</translation>
    </message>
    <message>
        <source>The runs and checks could not be loaded.</source>
        <translation>Die Läufe und Prüfungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the runs and checks…</source>
        <translation>Läufe und Prüfungen werden geladen…</translation>
    </message>
    <message>
        <source>No runs or checks in this period.</source>
        <translation>Keine Läufe oder Prüfungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%L1 runs and checks: %L2 completed, %L3 failed, %L4 cancelled, %L5 still open; %L6 stuck.</source>
        <translation>%L1 Läufe und Prüfungen: %L2 abgeschlossen, %L3 fehlgeschlagen, %L4 abgebrochen, %L5 noch offen; %L6 hängen fest.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Läufe und Prüfungen nach Status</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>Kann keine Aktivität sein: Er startet bei einem Angebot.</translation>
    </message>
</context>
<context>
    <name>Tessera::ApiKeysModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Diese Konsole</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>Tessera::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Ausgewählter Schlüssel</translation>
    </message>
    <message>
        <source>Keys that partners and scripts use to reach the ATS. A key&apos;s secret is shown once, when it is created.</source>
        <translation>Schlüssel, mit denen Partner und Skripte auf das ATS zugreifen. Das Geheimnis eines Schlüssels wird nur einmal angezeigt: beim Erstellen.</translation>
    </message>
    <message>
        <source>The key was revoked.</source>
        <translation>Der Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. See the message above.</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden. Beachten Sie die Meldung oben.</translation>
    </message>
    <message>
        <source>No API keys yet. Create one for each partner or script that needs to reach the ATS.</source>
        <translation>Noch keine API-Schlüssel. Erstellen Sie einen für jeden Partner und jedes Skript, das auf das ATS zugreifen soll.</translation>
    </message>
    <message>
        <source>Select a key to see its permissions.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 — permissions: %2. Used by: %3.</source>
        <translation>%1 — Berechtigungen: %2. Verwendet von: %3.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>Schlüssel „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Tessera cannot tell what uses this key. Anything that uses it stops working at once. This cannot be undone.</source>
        <translation>Tessera kann nicht feststellen, was diesen Schlüssel verwendet. Alles, was ihn verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No integration uses this key. Scripts that use it stop working at once. This cannot be undone.</source>
        <translation>Keine Integration verwendet diesen Schlüssel. Skripte, die ihn verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>These integrations use this key and stop working at once: %1. Give them a new key first. This cannot be undone.</source>
        <translation>Diese Integrationen verwenden den Schlüssel und funktionieren sofort nicht mehr: %1. Geben Sie ihnen zuerst einen neuen Schlüssel. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Tessera itself uses this key: after revoking it, this console loses access to the backend until you give it a new key.</source>
        <translation>Tessera selbst verwendet diesen Schlüssel: Nach dem Widerruf hat diese Konsole keinen Zugriff mehr auf das Backend, bis Sie ihr einen neuen Schlüssel geben.</translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
</context>
<context>
    <name>Tessera::ApplicationActivities</name>
    <message>
        <source>No enabled integration runs assessments. Enable Justifacts in the Marketplace, then try again.</source>
        <translation>Keine aktivierte Integration führt Assessments durch. Aktivieren Sie Justifacts im Marktplatz und versuchen Sie es dann erneut.</translation>
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
    <name>Tessera::AtsKeyPage</name>
    <message>
        <source>&amp;Create API key</source>
        <translation>API-Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Create the ATS API key</source>
        <translation>ATS-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Schlüssel&amp;name:</translation>
    </message>
    <message>
        <source>Integration partner:</source>
        <translation>Integrationspartner:</translation>
    </message>
    <message>
        <source>(left blank, as %1 asks)</source>
        <translation>(leer gelassen, wie von %1 gewünscht)</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created.</source>
        <translation>Der Schlüssel wird einmal angezeigt, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <source>The key “%1” was created earlier. It is not shown again; revoke it on the API keys page if it was lost.</source>
        <translation>Der Schlüssel „%1“ wurde bereits erstellt. Er wird nicht erneut angezeigt; falls er verloren gegangen ist, widerrufen Sie ihn auf der Seite „API-Schlüssel“.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. Tessera keeps it in the system keychain for this setup.</source>
        <translation>Schlüssel „%1“ erstellt. Er wird nur dieses eine Mal angezeigt: Kopieren Sie ihn jetzt. Tessera bewahrt ihn für diese Einrichtung im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>New ATS API key</source>
        <translation>Neuer ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>What %1 may do with this key</source>
        <translation>Was %1 mit diesem Schlüssel darf</translation>
    </message>
    <message>
        <source>Create ATS API key</source>
        <translation>ATS-API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now.</source>
        <translation>Schlüssel „%1“ erstellt. Er wird nur dieses eine Mal angezeigt: Kopieren Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. The system keychain did not take it, so a resumed setup cannot show it again.</source>
        <translation>Schlüssel „%1“ erstellt. Er wird nur dieses eine Mal angezeigt: Kopieren Sie ihn jetzt. Der Schlüsselbund des Systems hat ihn nicht übernommen, daher kann eine fortgesetzte Einrichtung ihn nicht erneut anzeigen.</translation>
    </message>
</context>
<context>
    <name>Tessera::BackendContext</name>
    <message>
        <source>Syncing candidates</source>
        <translation>Kandidaten werden synchronisiert</translation>
    </message>
    <message>
        <source>Syncing applications</source>
        <translation>Bewerbungen werden synchronisiert</translation>
    </message>
    <message>
        <source>Refreshing jobs, plans and stages</source>
        <translation>Stellen, Pläne und Phasen werden aktualisiert</translation>
    </message>
</context>
<context>
    <name>Tessera::BusySpinner</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateActivityCard</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>For example: the candidate withdrew</source>
        <translation>Zum Beispiel: Der Kandidat hat seine Bewerbung zurückgezogen</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Hängt fest</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 has not reported for %2. Check the candidate in %1, or cancel and start again.</source>
        <translation>%1 hat sich seit %2 nicht gemeldet. Prüfen Sie den Kandidaten in %1, oder brechen Sie ab und starten Sie neu.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Start workflow</source>
        <translation>Workflow &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translation>Assessment &amp;starten</translation>
    </message>
    <message>
        <source>Start workflow %1</source>
        <translation>Workflow %1 starten</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Assessment %1 starten</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>View result of %1</source>
        <translation>Ergebnis von %1 anzeigen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Workflow starten</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Assessment starten</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Bestätigen: %1 starten</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 erhält Name, E-Mail-Adresse und Profillink von %2 sowie die Stelle „%3“ und startet dafür „%4“.</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>dem Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled? %1 is told this reason.</source>
        <translation>&amp;Warum wird es abgebrochen? %1 wird dieser Grund mitgeteilt.</translation>
    </message>
    <message>
        <source>Reason for cancelling %1</source>
        <translation>Grund für den Abbruch von %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel workflow</source>
        <translation>Workflow abbrechen</translation>
    </message>
    <message>
        <source>Cancel assessment</source>
        <translation>Assessment abbrechen</translation>
    </message>
    <message>
        <source>Confirm: cancel %1</source>
        <translation>Bestätigen: %1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Abgebrochen, Grund: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 says &quot;%2&quot;</source>
        <translation>%1 meldet „%2“</translation>
    </message>
    <message>
        <source>From the interview plan</source>
        <translation>Aus dem Interviewplan</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Felder von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>Check the fields above: %1 receives them and starts &quot;%2&quot; for %3.</source>
        <translation>Prüfen Sie die Felder oben: %1 erhält sie und startet „%2“ mit %3.</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Videointerview</translation>
    </message>
    <message>
        <source>View response</source>
        <translation>Antwort ansehen</translation>
    </message>
    <message>
        <source>View response to %1</source>
        <translation>Antwort auf %1 ansehen</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due %2</source>
        <translation>%1 schaut bei der nächsten Synchronisierung nach (fällig um %2)</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due now</source>
        <translation>%1 schaut bei der nächsten Synchronisierung nach (jetzt fällig)</translation>
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
        <source>Loading applications, notes and offers of %1…</source>
        <translation>Bewerbungen, Notizen und Angebote von %1 werden geladen…</translation>
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
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Bewerbungen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Öffnet %1 im Browser</translation>
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
    <message>
        <source>No candidate matches “%1”.</source>
        <translation>Kein Kandidat passt zu „%1“.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateSuggestions</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateTable</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
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
    <message>
        <source>Ac&amp;tivities (%L1)</source>
        <translation>Ak&amp;tivitäten (%L1)</translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>Ak&amp;tivitäten</translation>
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
    <name>Tessera::CaptureRunner</name>
    <message>
        <source>Employment contract (UK)</source>
        <translation>Arbeitsvertrag (UK)</translation>
    </message>
    <message>
        <source>Contractor agreement</source>
        <translation>Freelancer-Vertrag</translation>
    </message>
    <message>
        <source>Offer NDA</source>
        <translation>Angebots-NDA</translation>
    </message>
</context>
<context>
    <name>Tessera::CheckedPage</name>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
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
    <name>Tessera::CreateApiKeyDialog</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>None — a key for your own scripts</source>
        <translation>Keiner — ein Schlüssel für Ihre eigenen Skripte</translation>
    </message>
    <message>
        <source>Integration partner</source>
        <translation>Integrationspartner</translation>
    </message>
    <message>
        <source>Key title</source>
        <translation>Schlüsseltitel</translation>
    </message>
    <message>
        <source>e.g. Payroll export</source>
        <translation>z. B. Export Lohnabrechnung</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Pe&amp;rmissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>Another key is being created. Try again in a moment.</source>
        <translation>Es wird gerade ein anderer Schlüssel erstellt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The key is being created; its secret shows here in a moment, once only.</source>
        <translation>Der Schlüssel wird angelegt; sein Geheimnis erscheint gleich hier, nur einmal.</translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Integrations and webhook deliveries</source>
        <translation>Integrationen und Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>The health of every enabled integration, and what to do when one is not working.</source>
        <translation>Der Zustand jeder aktivierten Integration und was zu tun ist, wenn eine nicht funktioniert.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Check every integration again (F5)</source>
        <translation>Alle Integrationen erneut prüfen (F5)</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>The integrations&apos; health could not be loaded. Retry above once the backend answers again.</source>
        <translation>Der Zustand der Integrationen konnte nicht geladen werden. Versuchen Sie es oben erneut, sobald das Backend wieder antwortet.</translation>
    </message>
    <message>
        <source>No integration is enabled yet, so there is nothing to watch. Enable one in the marketplace.</source>
        <translation>Es ist noch keine Integration aktiviert, daher gibt es nichts zu überwachen. Aktivieren Sie eine im Marktplatz.</translation>
    </message>
    <message>
        <source>Open marketplace</source>
        <translation>Marktplatz öffnen</translation>
    </message>
    <message>
        <source>Checking the integrations…</source>
        <translation>Integrationen werden geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%1 started failing. Its card says why and how to fix it.</source>
        <translation>
            <numerusform>%1 funktioniert nicht mehr. Die Karte nennt den Grund und die Lösung.</numerusform>
            <numerusform>%1 funktionieren nicht mehr. Ihre Karten nennen den Grund und die Lösung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera: integration failing</source>
        <translation>Tessera: Integration gestört</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Läufe und Prüfungen nach Status</translation>
    </message>
    <message>
        <source>Period of the delivery and activity charts</source>
        <translation>Zeitraum der Zustellungs- und Aktivitätsdiagramme</translation>
    </message>
</context>
<context>
    <name>Tessera::DataAgeLabel</name>
    <message>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Vor %1 min aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation>Vor %1 h aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag aktualisiert</numerusform>
            <numerusform>Vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Refresh failed · %1</source>
        <translation>Aktualisierung fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryChart</name>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%L2 delivered, %L3 failed
p95 latency %4</source>
        <translation>%1
%L2 zugestellt, %L3 fehlgeschlagen
p95-Latenz %4</translation>
    </message>
    <message>
        <source>Delivered (%)</source>
        <translation>Zugestellt (%)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>p95-Latenz (ms)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded.</source>
        <translation>Die Zustellungszahlen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the delivery figures…</source>
        <translation>Zustellungszahlen werden geladen …</translation>
    </message>
    <message>
        <source>No webhook deliveries in this period.</source>
        <translation>Keine Webhook-Zustellungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deliveries succeeded (%L3 %), %L4 failed; p95 latency %5.</source>
        <translation>%L1 von %L2 Zustellungen erfolgreich (%L3 %), %L4 fehlgeschlagen; p95-Latenz %5.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Webhook deliveries over time</source>
        <translation>Webhook-Zustellungen im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetail</name>
    <message>
        <source>This connection has no keychain, so the secret was used once and not remembered.</source>
        <translation>Diese Verbindung hat keinen Schlüsselbund; das Geheimnis wurde daher nur einmal verwendet und nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetailDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s secret first.</source>
        <translation>Fügen Sie zuerst das Geheimnis des Webhooks ein.</translation>
    </message>
    <message>
        <source>The secret was used for this check but could not be remembered: %1</source>
        <translation>Das Geheimnis wurde für diese Prüfung verwendet, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Loading the delivery…</source>
        <translation>Zustellung wird geladen…</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 to %2 at %3 — attempt %4. Answer: %5 after %6.%7</source>
        <translation>%1 an %2 am %3 — Versuch %4. Antwort: %5 nach %6.%7</translation>
    </message>
    <message>
        <source>The backend recorded no headers for this attempt.</source>
        <translation>Das Backend hat für diesen Versuch keine Header aufgezeichnet.</translation>
    </message>
    <message>
        <source>Status: %1
Latency: %2

%3</source>
        <translation>Status: %1
Latenz: %2

%3</translation>
    </message>
    <message>
        <source>Signature matches: the body is what was signed with this secret.</source>
        <translation>Signatur stimmt: Der Inhalt ist genau das, was mit diesem Geheimnis signiert wurde.</translation>
    </message>
    <message>
        <source>Signature does not match — the body was changed or the secret differs.</source>
        <translation>Signatur stimmt nicht — der Inhalt wurde geändert oder das Geheimnis ist ein anderes.</translation>
    </message>
    <message>
        <source>This attempt was logged without its headers, so there is no signature to check.</source>
        <translation>Dieser Versuch wurde ohne Header protokolliert, daher gibt es keine Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this webhook (it was created outside this console). Paste its secret token to check the signature; it is not shown or logged.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für diesen Webhook (er wurde außerhalb dieser Konsole angelegt). Fügen Sie sein Secret-Token ein, um die Signatur zu prüfen; es wird weder angezeigt noch protokolliert.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1 Paste the webhook&apos;s secret token to check the signature instead.</source>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: %1 Fügen Sie stattdessen das Secret-Token des Webhooks ein, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Details der Zustellung</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>Anfrage-&amp;Header</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>Payload as sent, formatted</source>
        <translation>Payload wie gesendet, formatiert</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response status, latency and body</source>
        <translation>Antwortstatus, Latenz und Inhalt</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>Payload &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the payload to the clipboard</source>
        <translation>Payload in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>Signatur &amp;verifizieren</translation>
    </message>
    <message>
        <source>Verify the signature with the webhook&apos;s secret</source>
        <translation>Signatur mit dem Geheimnis des Webhooks verifizieren</translation>
    </message>
    <message>
        <source>Webhook secret token</source>
        <translation>Secret-Token des Webhooks</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keychain for this webhook</source>
        <translation>Für diesen Webhook im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Check the signature with this secret</source>
        <translation>Signatur mit diesem Geheimnis prüfen</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Erneut &amp;zustellen</translation>
    </message>
    <message>
        <source>Redeliver this delivery</source>
        <translation>Diese Zustellung erneut zustellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Tessera::EnableWizard</name>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Resume setting up %1?</source>
        <translation>Einrichtung von %1 fortsetzen?</translation>
    </message>
    <message>
        <source>You started setting up %1 earlier and closed the wizard midway. Resume where you left off, or start over?</source>
        <translation>Sie haben die Einrichtung von %1 bereits begonnen und den Assistenten vorzeitig geschlossen. Möchten Sie dort weitermachen, wo Sie aufgehört haben, oder neu beginnen?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Stop setting up %1?</source>
        <translation>Einrichtung von %1 beenden?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep setting up</source>
        <translation>Einrichtung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>What you entered is kept and you can resume from the marketplace. Keys and secrets are kept only in the system keychain.</source>
        <translation>Ihre Eingaben bleiben erhalten, und Sie können die Einrichtung über den Marktplatz fortsetzen. Schlüssel und Geheimnisse werden ausschließlich im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowDialog</name>
    <message>
        <source>&amp;Open its field mapping next</source>
        <translation>Danach die Feldzuordnung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate workflow</source>
        <translation>Workflow &amp;anlegen</translation>
    </message>
    <message>
        <source>Edit Juro workflow</source>
        <translation>Juro-Workflow bearbeiten</translation>
    </message>
    <message>
        <source>New Juro workflow</source>
        <translation>Neuer Juro-Workflow</translation>
    </message>
    <message>
        <source>Workflow title</source>
        <translation>Titel des Workflows</translation>
    </message>
    <message>
        <source>e.g. Employment contract (UK)</source>
        <translation>z. B. Arbeitsvertrag (UK)</translation>
    </message>
    <message>
        <source>Recruiters start it as an activity on an interview plan stage.</source>
        <translation>Recruiter starten ihn als Aktivität in einer Phase eines Interviewplans.</translation>
    </message>
    <message>
        <source>Recruiters start it from a candidate&apos;s offer.</source>
        <translation>Recruiter starten ihn aus dem Angebot eines Kandidaten.</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Juro-Vorlage</translation>
    </message>
    <message>
        <source>The template cannot change: it decides the workflow&apos;s field mapping. Create a new workflow for another template.</source>
        <translation>Die Vorlage lässt sich nicht ändern: Sie bestimmt die Feldzuordnung des Workflows. Legen Sie für eine andere Vorlage einen neuen Workflow an.</translation>
    </message>
    <message>
        <source>Workflows on the same template share its field mapping.</source>
        <translation>Workflows mit derselben Vorlage teilen sich deren Feldzuordnung.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>Gestartet aus:</translation>
    </message>
    <message>
        <source>Juro t&amp;emplate:</source>
        <translation>Juro-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the workflow a title recruiters will recognise, e.g. &quot;Employment contract (UK)&quot;.</source>
        <translation>Geben Sie dem Workflow einen Titel, den Recruiter wiedererkennen, z. B. „Arbeitsvertrag (UK)“.</translation>
    </message>
    <message>
        <source>Someone else changed this workflow while you were editing it; the list now shows their version. Press Save to replace it with yours, or Cancel to keep theirs.</source>
        <translation>Jemand anderes hat diesen Workflow geändert, während Sie ihn bearbeitet haben; die Liste zeigt jetzt dessen Fassung. Klicken Sie auf „Speichern“, um sie durch Ihre zu ersetzen, oder auf „Abbrechen“, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Someone else deleted this workflow while you were editing it. Press Create workflow to add it again with your changes, or Cancel.</source>
        <translation>Jemand anderes hat diesen Workflow gelöscht, während Sie ihn bearbeitet haben. Klicken Sie auf „Workflow anlegen“, um ihn mit Ihren Änderungen neu anzulegen, oder auf „Abbrechen“.</translation>
    </message>
    <message>
        <source>Saving the workflow…</source>
        <translation>Workflow wird gespeichert…</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Gestartet aus</translation>
    </message>
    <message>
        <source>Someone else changed this workflow; loading their version…</source>
        <translation>Jemand anderes hat diesen Workflow geändert; dessen Fassung wird geladen…</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsModel</name>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Gestartet aus</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Juro-Vorlage</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>An interview plan activity</source>
        <translation>Einer Aktivität im Interviewplan</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Einem Angebot</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsPane</name>
    <message>
        <source>Juro workflows</source>
        <translation>Juro-Workflows</translation>
    </message>
    <message>
        <source>&amp;New workflow…</source>
        <translation>Neuer Work&amp;flow…</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected workflow&apos;s field mapping, F2 to edit the workflow.</source>
        <translation>Drücken Sie die Eingabetaste, um die Feldzuordnung des ausgewählten Workflows zu bearbeiten, oder F2, um den Workflow zu bearbeiten.</translation>
    </message>
    <message>
        <source>New workflow…</source>
        <translation>Neuer Workflow…</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Neuer Workflow</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Aufgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Zugeklappt</translation>
    </message>
    <message numerus="yes">
        <source>Juro workflows (%n)</source>
        <translation>
            <numerusform>Juro-Workflows (%n)</numerusform>
            <numerusform>Juro-Workflows (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading Juro&apos;s workflows…</source>
        <translation>Die Juro-Workflows werden geladen…</translation>
    </message>
    <message>
        <source>Juro&apos;s workflows could not be loaded.</source>
        <translation>Die Juro-Workflows konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No workflows yet. A workflow lets recruiters start a Juro contract from an interview plan activity or from an offer, filled from the ATS through its template&apos;s field mapping.</source>
        <translation>Noch keine Workflows. Mit einem Workflow starten Recruiter einen Juro-Vertrag aus einer Aktivität im Interviewplan oder aus einem Angebot, befüllt aus dem ATS über die Feldzuordnung seiner Vorlage.</translation>
    </message>
    <message>
        <source>No workflow uses the %1 template yet; its mapping below applies once one does.</source>
        <translation>Noch kein Workflow verwendet die Vorlage %1; die Zuordnung unten gilt, sobald einer sie verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 mapping below fills %2.</source>
        <translation>
            <numerusform>Die Zuordnung %1 unten befüllt den Workflow %2.</numerusform>
            <numerusform>Die Zuordnung %1 unten befüllt die Workflows %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the workflow “%1”? Recruiters can no longer start it.</source>
        <translation>Den Workflow „%1“ löschen? Recruiter können ihn dann nicht mehr starten.</translation>
    </message>
    <message numerus="yes">
        <source>Its template&apos;s field mapping stays: %n other workflow(s) use it.</source>
        <translation>
            <numerusform>Die Feldzuordnung seiner Vorlage bleibt erhalten: %n weiterer Workflow verwendet sie.</numerusform>
            <numerusform>Die Feldzuordnung seiner Vorlage bleibt erhalten: %n weitere Workflows verwenden sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its template&apos;s field mapping stays for a later workflow.</source>
        <translation>Die Feldzuordnung seiner Vorlage bleibt für einen späteren Workflow erhalten.</translation>
    </message>
    <message>
        <source>Delete the workflow?</source>
        <translation>Workflow löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit wor&amp;kflow…</source>
        <translation>Workflow &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete workflow</source>
        <translation>Workflow lö&amp;schen</translation>
    </message>
    <message>
        <source>Edit field mapp&amp;ing</source>
        <translation>Feldzuordnung bearbei&amp;ten</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Tessera::FailedDeliveries</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Integration or webhook</source>
        <translation>Integration oder Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
</context>
<context>
    <name>Tessera::FailureReasons</name>
    <message>
        <source>Redirected (HTTP 3xx)</source>
        <translation>Umgeleitet (HTTP 3xx)</translation>
    </message>
    <message>
        <source>Rejected (HTTP 4xx)</source>
        <translation>Abgelehnt (HTTP 4xx)</translation>
    </message>
    <message>
        <source>Server error (HTTP 5xx)</source>
        <translation>Serverfehler (HTTP 5xx)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Tessera::FailuresPanel</name>
    <message>
        <source>in the last 24 hours</source>
        <translation>in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Loading failed deliveries…</source>
        <translation>Fehlgeschlagene Zustellungen werden geladen…</translation>
    </message>
    <message>
        <source>The failed deliveries could not be loaded. Retry above once the backend answers again.</source>
        <translation>Die fehlgeschlagenen Zustellungen konnten nicht geladen werden. Versuchen Sie es oben erneut, sobald das Backend wieder antwortet.</translation>
    </message>
    <message>
        <source>No delivery failed %1 with these filters. Widen the period or clear a filter to see more.</source>
        <translation>Mit diesen Filtern ist %1 keine Zustellung fehlgeschlagen. Wählen Sie einen längeren Zeitraum oder entfernen Sie einen Filter, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; loading more…</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zustellung angezeigt; weitere werden geladen…</numerusform>
            <numerusform>%n fehlgeschlagene Zustellungen angezeigt; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zustellung angezeigt; für weitere nach unten scrollen.</numerusform>
            <numerusform>%n fehlgeschlagene Zustellungen angezeigt; für weitere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; that is all %1.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zustellung angezeigt; mehr gab es %1 nicht.</numerusform>
            <numerusform>%n fehlgeschlagene Zustellungen angezeigt; mehr gab es %1 nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Fehlgeschlagene Zustellungen</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>Filter by integration</source>
        <translation>Nach Integration filtern</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Alle Webhooks</translation>
    </message>
    <message>
        <source>Filter by webhook</source>
        <translation>Nach Webhook filtern</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Filter by event</source>
        <translation>Nach Ereignis filtern</translation>
    </message>
    <message>
        <source>Failed, no retry coming</source>
        <translation>Fehlgeschlagen, kein neuer Versuch</translation>
    </message>
    <message>
        <source>Failed, will be retried</source>
        <translation>Fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>In the last 24 hours</source>
        <translation>In den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>In den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Period of the failed deliveries</source>
        <translation>Zeitraum der fehlgeschlagenen Zustellungen</translation>
    </message>
    <message>
        <source>Text in the response…</source>
        <translation>Text in der Antwort…</translation>
    </message>
    <message>
        <source>Filter by text in the response</source>
        <translation>Nach Text in der Antwort filtern</translation>
    </message>
    <message>
        <source>Failed deliveries, newest first</source>
        <translation>Fehlgeschlagene Zustellungen, neueste zuerst</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>Show the selected delivery&apos;s details</source>
        <translation>Details der ausgewählten Zustellung anzeigen</translation>
    </message>
    <message>
        <source>Redeliver &amp;selected</source>
        <translation>&amp;Auswahl erneut zustellen</translation>
    </message>
    <message>
        <source>Redeliver the selected deliveries</source>
        <translation>Ausgewählte Zustellungen erneut zustellen</translation>
    </message>
    <message>
        <source>Redeliver &amp;all matching</source>
        <translation>Alle &amp;passenden erneut zustellen</translation>
    </message>
    <message>
        <source>Redeliver every delivery that matches the filters</source>
        <translation>Alle Zustellungen, die zu den Filtern passen, erneut zustellen</translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation>%1 · %L2</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed, so these rows may be out of date. %1</source>
        <translation>Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen, diese Zeilen sind womöglich veraltet. %1</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>Jeder Fehlergrund</translation>
    </message>
    <message>
        <source>Filter by failure reason</source>
        <translation>Nach Fehlergrund filtern</translation>
    </message>
    <message>
        <source>The counts are the failures of the delivery chart&apos;s period.</source>
        <translation>Die Zahlen zählen die Fehler im Zeitraum des Zustellungsdiagramms.</translation>
    </message>
</context>
<context>
    <name>Tessera::FieldMappingsView</name>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Ja, wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Integration and target</source>
        <translation>Integration und Ziel</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>You have unsaved changes to this mapping from an earlier session. Restore them?</source>
        <translation>Sie haben ungespeicherte Änderungen an dieser Zuordnung aus einer früheren Sitzung. Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Target fields</source>
        <translation>Z&amp;ielfelder</translation>
    </message>
    <message>
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
    <message>
        <source>Press Enter to map the selected source field here, Delete to remove a mapping.</source>
        <translation>Drücken Sie die Eingabetaste, um das ausgewählte Quellfeld hier zuzuordnen, oder Entf, um eine Zuordnung zu entfernen.</translation>
    </message>
    <message>
        <source>Map &amp;to…</source>
        <translation>&amp;Zuordnen zu…</translation>
    </message>
    <message>
        <source>&amp;Remove mapping</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Default mapping (not saved yet)</source>
        <translation>Standardzuordnung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Choose a mapping above.</source>
        <translation>Wählen Sie oben eine Zuordnung aus.</translation>
    </message>
    <message>
        <source>Loading the %1 mapping…</source>
        <translation>Zuordnung „%1“ wird geladen…</translation>
    </message>
    <message>
        <source>The mapping could not be loaded.</source>
        <translation>Die Zuordnung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Wählen Sie ein Zielfeld aus, um festzulegen, wie sein Wert aufbereitet wird.</translation>
    </message>
    <message>
        <source>%1 is not mapped. Map a source field to it, or add a Constant, Default or Join transform.</source>
        <translation>%1 ist nicht zugeordnet. Ordnen Sie ein Quellfeld zu oder fügen Sie eine Umwandlung vom Typ „Konstante“, „Standardwert“ oder „Zusammenfügen“ hinzu.</translation>
    </message>
    <message>
        <source>Transforms for %1 (no source field)</source>
        <translation>Umwandlungen für %1 (kein Quellfeld)</translation>
    </message>
    <message>
        <source>Transforms for %1, from %2</source>
        <translation>Umwandlungen für %1, aus %2</translation>
    </message>
    <message>
        <source>Select a source field on the left first, then press Enter on the target field.</source>
        <translation>Wählen Sie zuerst links ein Quellfeld aus und drücken Sie dann auf dem Zielfeld die Eingabetaste.</translation>
    </message>
    <message>
        <source>Map %1 to</source>
        <translation>%1 zuordnen zu</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (derzeit %2)</translation>
    </message>
    <message>
        <source>Replace the mapping?</source>
        <translation>Zuordnung ersetzen?</translation>
    </message>
    <message>
        <source>%1 is already mapped from %2. Replace that mapping?</source>
        <translation>Dem Zielfeld %1 ist bereits %2 zugeordnet. Diese Zuordnung ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Some source fields changed since this mapping was saved; their rows are marked in the Source column. %1</source>
        <translation>Einige Quellfelder haben sich geändert, seit diese Zuordnung gespeichert wurde; ihre Zeilen sind in der Spalte „Quelle“ markiert. %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No mapping targets yet — enable an integration in the Marketplace.</source>
        <translation>Noch nichts zuzuordnen – aktivieren Sie eine Integration im Marktplatz.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Marktplatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Map the selected source here</source>
        <translation>Gewähltes Quellfeld &amp;hier zuordnen</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Zuordnungen vorschlagen</translation>
    </message>
    <message>
        <source>Map the unmapped target fields whose names match a source field, in one step that Undo takes back</source>
        <translation>Ordnet nicht zugeordnete Zielfelder den Quellfeldern mit passendem Namen zu – in einem Schritt, den „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Weitere Zuordnungsaktionen</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Alles gespeichert · Version %1</translation>
    </message>
    <message>
        <source>Loading the integrations…</source>
        <translation>Die Integrationen werden geladen…</translation>
    </message>
    <message>
        <source>No unmapped target field matches a source field by name; map them by hand.</source>
        <translation>Kein offenes Zielfeld passt dem Namen nach zu einem Quellfeld; ordnen Sie diese von Hand zu.</translation>
    </message>
    <message>
        <source>Mapped 1 field — Undo to take it back.</source>
        <translation>1 Feld zugeordnet – „Rückgängig“ nimmt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n fields — Undo to take them back.</source>
        <translation>
            <numerusform>%n Feld zugeordnet – „Rückgängig“ nimmt es zurück.</numerusform>
            <numerusform>%n Felder zugeordnet – „Rückgängig“ nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was changed by someone else</source>
        <translation>Die Zuordnung wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone saved the %1 mapping (now version %2) while you were editing it. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Jemand hat die Zuordnung „%1“ gespeichert (jetzt Version %2), während Sie sie bearbeitet haben. Laden Sie die andere Version und verwerfen Sie damit Ihre ungespeicherten Änderungen, oder überschreiben Sie die andere Version mit Ihrer. „Vergleichen“ zeigt beide an.</translation>
    </message>
    <message>
        <source>Your rows</source>
        <translation>Ihre Zeilen</translation>
    </message>
    <message>
        <source>Their rows</source>
        <translation>Zeilen der anderen Version</translation>
    </message>
    <message>
        <source>(transforms only)</source>
        <translation>(nur Umwandlungen)</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(keine Zeilen)</translation>
    </message>
</context>
<context>
    <name>Tessera::FinishPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Tessera enables the integration and tests both ends of the connection.</source>
        <translation>Tessera aktiviert die Integration und testet beide Seiten der Verbindung.</translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation>%1 wird aktiviert…</translation>
    </message>
    <message>
        <source>Testing both ends…</source>
        <translation>Beide Seiten werden getestet…</translation>
    </message>
    <message>
        <source>Created in this setup</source>
        <translation>Bei dieser Einrichtung angelegt</translation>
    </message>
    <message>
        <source>Enable and check</source>
        <translation>Aktivieren und prüfen</translation>
    </message>
    <message>
        <source>Add a %1 workflow</source>
        <translation>%1-Workflow anlegen</translation>
    </message>
    <message>
        <source>Review the field mappings</source>
        <translation>Feldzuordnungen prüfen</translation>
    </message>
    <message>
        <source>Add %1 to an interview plan</source>
        <translation>%1 einem Interviewplan hinzufügen</translation>
    </message>
    <message>
        <source>%1 is enabled and every check passed.</source>
        <translation>%1 ist aktiviert, und alle Prüfungen sind bestanden.</translation>
    </message>
    <message>
        <source>%1 is enabled, but a check failed. Fix it and try again, or finish and fix it later from the marketplace.</source>
        <translation>%1 ist aktiviert, aber eine Prüfung ist fehlgeschlagen. Beheben Sie das Problem und versuchen Sie es erneut, oder schließen Sie den Assistenten ab und beheben Sie es später über den Marktplatz.</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>ATS API key:</source>
        <translation>ATS-API-Schlüssel:</translation>
    </message>
    <message>
        <source>ATS webhook:</source>
        <translation>ATS-Webhook:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Listener in %1:</source>
        <translation>Listener in %1:</translation>
    </message>
    <message>
        <source>%1, stage %2 (ID %3)</source>
        <translation>%1, Phase %2 (ID %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::HealthCard</name>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n recent webhook deliveries failed. Check the webhook&apos;s URL and the partner&apos;s answers, then redeliver.</source>
        <translation>
            <numerusform>%n Webhook-Zustellung ist zuletzt fehlgeschlagen. Prüfen Sie die URL des Webhooks und die Antworten des Partners und stellen Sie dann erneut zu.</numerusform>
            <numerusform>%n Webhook-Zustellungen sind zuletzt fehlgeschlagen. Prüfen Sie die URL des Webhooks und die Antworten des Partners und stellen Sie dann erneut zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key %1 uses was revoked or is missing. Create a new key and enter it in the setup.</source>
        <translation>Der API-Schlüssel, den %1 verwendet, wurde widerrufen oder fehlt. Erstellen Sie einen neuen Schlüssel und tragen Sie ihn in der Einrichtung ein.</translation>
    </message>
    <message>
        <source>%1 does not answer. Try again later, or check the connection in its setup.</source>
        <translation>%1 antwortet nicht. Versuchen Sie es später erneut oder prüfen Sie die Verbindung in der Einrichtung.</translation>
    </message>
    <message>
        <source>The last sync is overdue. Open the setup and run a sync.</source>
        <translation>Die letzte Synchronisierung ist überfällig. Öffnen Sie die Einrichtung und starten Sie eine Synchronisierung.</translation>
    </message>
    <message>
        <source>Nothing was checked in the last hour. Test the connection to find out.</source>
        <translation>In der letzten Stunde wurde nichts geprüft. Testen Sie die Verbindung, um es herauszufinden.</translation>
    </message>
    <message>
        <source>Open webhook</source>
        <translation>Webhook öffnen</translation>
    </message>
    <message>
        <source>Open API keys</source>
        <translation>API-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Einrichtung öffnen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation>%L1 Min.</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 Std.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <source>The dashboard could not refresh. Last known state: %1.</source>
        <translation>Das Dashboard konnte nicht aktualisiert werden. Zuletzt bekannter Zustand: %1.</translation>
    </message>
    <message>
        <source>Last success %1</source>
        <translation>Zuletzt erfolgreich %1</translation>
    </message>
    <message>
        <source>No success yet</source>
        <translation>Noch kein Erfolg</translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>nächste Synchronisierung %1</translation>
    </message>
    <message>
        <source>sync overdue since %1</source>
        <translation>Synchronisierung überfällig seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 run(s) have not moved for longer than usual. Open the candidate, check the run with %1, or cancel it and start again.</source>
        <translation>
            <numerusform>%n Lauf von %1 hängt länger als üblich fest. Öffnen Sie den Kandidaten, prüfen Sie den Lauf in %1 oder brechen Sie ihn ab und starten Sie ihn neu.</numerusform>
            <numerusform>%n Läufe von %1 hängen länger als üblich fest. Öffnen Sie den jeweiligen Kandidaten, prüfen Sie den Lauf in %1 oder brechen Sie ihn ab und starten Sie ihn neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Kandidat öffnen</translation>
    </message>
</context>
<context>
    <name>Tessera::IntegrationPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Integrationsdetails</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Bereich schließen (Esc)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>✓ Included</source>
        <translation>✓ Enthalten</translation>
    </message>
    <message>
        <source>✗ Not included</source>
        <translation>✗ Nicht enthalten</translation>
    </message>
    <message>
        <source>%1 (your plan)</source>
        <translation>%1 (Ihr Tarif)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Konfigurieren…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Verbindung funktioniert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection has a problem.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bei der Verbindung gibt es ein Problem.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Der Test konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>&amp;Feldzuordnung…</translation>
    </message>
    <message>
        <source>Which ATS fields the partner receives, and how they are shaped</source>
        <translation>Welche ATS-Felder der Partner erhält und wie sie aufbereitet werden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>⚠ Fields that could not be filled: %1. The field mapping&apos;s preview shows why.</source>
        <translation>⚠ Felder, die nicht befüllt werden konnten: %1. Die Vorschau der Feldzuordnung zeigt, warum.</translation>
    </message>
    <message>
        <source>The simulated partner</source>
        <translation>Der simulierte Partner</translation>
    </message>
    <message>
        <source>Workflows and field &amp;mapping…</source>
        <translation>Workflows und &amp;Feldzuordnung…</translation>
    </message>
    <message>
        <source>%1 in the simulated %2</source>
        <translation>%1 im simulierten %2</translation>
    </message>
    <message>
        <source>None yet. They arrive here when the ATS sends %1 a record: after a hire or a stage change, as the integration is set up.</source>
        <translation>Noch keine. Sie erscheinen hier, sobald das ATS einen Datensatz an %1 sendet: nach einer Einstellung oder einem Phasenwechsel, je nachdem, wie die Integration eingerichtet ist.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aufmerksamkeit nötig</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie leistet</translation>
    </message>
</context>
<context>
    <name>Tessera::IntegrationsModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aufmerksamkeit nötig</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Nicht in Ihrem Tarif</translation>
    </message>
</context>
<context>
    <name>Tessera::InterviewPlansView</name>
    <message>
        <source>Interview plans</source>
        <translation>Interviewpläne</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Stages of the interview plan</source>
        <translation>Phasen des Interviewplans</translation>
    </message>
    <message>
        <source>No job has an interview plan yet. Create a job with an interview plan in the ATS, then design its activities here.</source>
        <translation>Noch keine Stelle hat einen Interviewplan. Legen Sie im ATS eine Stelle mit Interviewplan an und gestalten Sie dann hier ihre Aktivitäten.</translation>
    </message>
    <message>
        <source>This plan has no activities yet. An activity is a step a partner runs when a candidate reaches a stage, such as a Justifacts background check or a Juro contract workflow. Drag one from the palette onto a stage, or focus a stage and press Insert.</source>
        <translation>Dieser Plan hat noch keine Aktivitäten. Eine Aktivität ist ein Schritt, den ein Partner ausführt, wenn Kandidaten eine Phase erreichen, etwa eine Hintergrundprüfung von Justifacts oder ein Vertrags-Workflow von Juro. Ziehen Sie eine aus der Palette auf eine Phase, oder wählen Sie eine Phase aus und drücken Sie Einfg.</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Stellen werden geladen…</translation>
    </message>
    <message>
        <source>Loading the interview plan of %1…</source>
        <translation>Interviewplan von %1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>Tessera::JobPicker</name>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Type to find a job</source>
        <translation>Tippen, um eine Stelle zu finden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>Tessera::JustifactsSettingsPage</name>
    <message>
        <source>Configure Justifacts</source>
        <translation>Justifacts konfigurieren</translation>
    </message>
    <message>
        <source>Justifacts e-mails you a credential verification key. The ATS uses it, with the base URL, to fetch Justifacts&apos; packages.</source>
        <translation>Justifacts sendet Ihnen per E-Mail einen Schlüssel für die Credential Verification. Damit und mit der Basis-URL ruft das ATS die Pakete von Justifacts ab.</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>Staging base URL</source>
        <translation>Staging-Basis-URL</translation>
    </message>
    <message>
        <source>ATS API &amp;key:</source>
        <translation>ATS-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Staging &amp;base URL:</source>
        <translation>Staging-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Get them from the simulated &amp;Justifacts</source>
        <translation>Aus dem simulierten &amp;Justifacts abrufen</translation>
    </message>
    <message>
        <source>Asking the simulated Justifacts…</source>
        <translation>Simuliertes Justifacts wird abgefragt…</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>Keys could not be loaded</source>
        <translation>Schlüssel konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No active key: go back and create one</source>
        <translation>Kein aktiver Schlüssel: Gehen Sie zurück und erstellen Sie einen</translation>
    </message>
    <message>
        <source>Fetching Justifacts&apos; packages…</source>
        <translation>Pakete von Justifacts werden abgerufen…</translation>
    </message>
    <message>
        <source>Justifacts credential verification key</source>
        <translation>Justifacts-Schlüssel für die Credential Verification</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Paste the credential verification key and the staging base URL from Justifacts&apos; e-mail.&lt;/li&gt;&lt;li&gt;Choose the ATS API key you share with Justifacts (the one you just created).&lt;/li&gt;&lt;li&gt;On Next, the ATS fetches Justifacts&apos; packages to prove both ends work.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Fügen Sie den Schlüssel für die Credential Verification und die Staging-Basis-URL aus der E-Mail von Justifacts ein.&lt;/li&gt;&lt;li&gt;Wählen Sie den ATS-API-Schlüssel, den Sie Justifacts geben (den Sie gerade erstellt haben).&lt;/li&gt;&lt;li&gt;Mit „Weiter“ ruft das ATS die Pakete von Justifacts ab und beweist so, dass beide Seiten funktionieren.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>From Justifacts</source>
        <translation>Von Justifacts</translation>
    </message>
    <message>
        <source>&amp;Credential verification key:</source>
        <translation>Schlüssel für die &amp;Credential Verification:</translation>
    </message>
</context>
<context>
    <name>Tessera::LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Tessera::LocalizedIntegrations</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
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
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys partners use to reach the ATS, and who uses them.</source>
        <translation>Schlüssel, mit denen Partner auf das ATS zugreifen, und wer sie verwendet.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners, and every delivery.</source>
        <translation>Ereignisse, die das ATS an Partner sendet, und jede Zustellung.</translation>
    </message>
    <message>
        <source>Access for partners</source>
        <translation>Zugang für Partner</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Background work progress</source>
        <translation>Fortschritt der Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more</source>
        <translation>
            <numerusform>%1 · %n weitere</numerusform>
            <numerusform>%1 · %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a backend first: the quick switcher searches it.</source>
        <translation>Verbinden Sie sich zuerst mit einem Backend: Die Schnellsuche durchsucht es.</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingDocument</name>
    <message>
        <source>Map %1</source>
        <translation>%1 zuordnen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Zuordnung von %1 entfernen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Change the transforms of %1</source>
        <translation>Umwandlungen von %1 ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Zuordnungen vorschlagen</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingEditBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Revert to the saved mapping</source>
        <translation>Zur gespeicherten Zuordnung zurückkehren</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 unsaved change</source>
        <translation>1 ungespeicherte Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingModel</name>
    <message>
        <source>(from transforms)</source>
        <translation>(aus Umwandlungen)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation>%1%2: %3%4</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, Pflichtfeld</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, dann %1</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Umwandlungen</translation>
    </message>
    <message>
        <source>. Needs attention: %1</source>
        <translation>. Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Until then the mapping cannot be saved.</source>
        <translation>Bis dahin lässt sich die Zuordnung nicht speichern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingTargets</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Tessera::MarketplaceView</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>Integrationen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Integrationen durchsuchen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>Loading integrations…</source>
        <translation>Integrationen werden geladen…</translation>
    </message>
    <message>
        <source>No integration in this category.</source>
        <translation>Keine Integration in dieser Kategorie.</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>%1 stops receiving updates from the ATS. Its API keys and webhooks stay as they are; revoke or delete them on the API keys and Webhooks pages if they are no longer needed.</source>
        <translation>%1 erhält keine Aktualisierungen mehr vom ATS. Die zugehörigen API-Schlüssel und Webhooks bleiben unverändert; widerrufen bzw. löschen Sie sie auf den Seiten „API-Schlüssel“ und „Webhooks“, wenn sie nicht mehr benötigt werden.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>The integrations could not be loaded.</source>
        <translation>Die Integrationen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This backend offers no integrations.</source>
        <translation>Dieses Backend bietet keine Integrationen an.</translation>
    </message>
    <message>
        <source>No integration matches “%1”.</source>
        <translation>Keine Integration passt zu „%1“.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Alle Kategorien anzeigen</translation>
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
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
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
    <message>
        <source>Selected note</source>
        <translation>Ausgewählte Notiz</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferRunRow</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Why cancel?</source>
        <translation>Warum abbrechen?</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>No news from Juro for %1. Check the contract&apos;s status in Juro, or cancel the run and start the workflow again.</source>
        <translation>Seit %1 keine Neuigkeiten von Juro. Prüfen Sie den Status des Vertrags in Juro, oder brechen Sie den Lauf ab und starten Sie den Workflow neu.</translation>
    </message>
    <message>
        <source>Juro says &quot;%1&quot;</source>
        <translation>Juro meldet „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>View the result of %1</source>
        <translation>Ergebnis von %1 ansehen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferWorkflowPanel</name>
    <message>
        <source>&amp;Workflow:</source>
        <translation>W&amp;orkflow:</translation>
    </message>
    <message>
        <source>Start &amp;workflow…</source>
        <translation>Workflow &amp;starten…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Workflows on this offer</source>
        <translation>Workflows zu diesem Angebot</translation>
    </message>
    <message>
        <source>Job: %1
Salary: %2
Start date: %3
Status: %4</source>
        <translation>Stelle: %1
Gehalt: %2
Startdatum: %3
Status: %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Offer details</source>
        <translation>Angebotsdetails</translation>
    </message>
    <message>
        <source>Workflow to start on this offer</source>
        <translation>Zu startender Workflow für dieses Angebot</translation>
    </message>
    <message>
        <source>This offer is waiting for approval. Its workflows can start once it is approved.</source>
        <translation>Dieses Angebot wartet auf Genehmigung. Seine Workflows lassen sich starten, sobald es genehmigt ist.</translation>
    </message>
    <message>
        <source>Loading the offer&apos;s workflows…</source>
        <translation>Workflows des Angebots werden geladen…</translation>
    </message>
    <message>
        <source>No workflow starts from an offer. Add one with the entry point &quot;Offer&quot; in the Juro integration.</source>
        <translation>Kein Workflow startet bei einem Angebot. Legen Sie in der Juro-Integration einen mit dem Startpunkt „Angebot“ an.</translation>
    </message>
    <message>
        <source>Fields sent to Juro for &quot;%1&quot;</source>
        <translation>An Juro gesendete Felder für „%1“</translation>
    </message>
    <message>
        <source>Check that the fields match the offer&apos;s terms beside them. Juro receives them and starts &quot;%1&quot;.</source>
        <translation>Prüfen Sie, ob die Felder zu den Angebotskonditionen daneben passen. Juro erhält sie und startet „%1“.</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Felder von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Workflow starten</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Bestätigen: %1 starten</translation>
    </message>
    <message>
        <source>&amp;Approve offer…</source>
        <translation>Angebot &amp;genehmigen…</translation>
    </message>
    <message>
        <source>no salary given</source>
        <translation>kein Gehalt angegeben</translation>
    </message>
    <message>
        <source>Approve the offer for %1 (%2)? Partners can then start workflows on it.</source>
        <translation>Das Angebot für %1 (%2) genehmigen? Danach können Partner Workflows dafür starten.</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>diese Kandidatin / diesen Kandidaten</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird genehmigt…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Confirm: approve the offer for %1</source>
        <translation>Bestätigen: Angebot für %1 genehmigen</translation>
    </message>
    <message>
        <source>This API key may not approve offers: it lacks the &quot;%1&quot; permission. Approve the offer in the ATS, or reconnect in Settings with a key that has it.</source>
        <translation>Dieser API-Schlüssel darf keine Angebote genehmigen: Ihm fehlt die Berechtigung „%1“. Genehmigen Sie das Angebot im ATS, oder verbinden Sie sich in den Einstellungen mit einem Schlüssel, der sie hat.</translation>
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
    <message>
        <source>%1
Acceptance: %2
Approval: %3</source>
        <translation>%1
Annahme: %2
Genehmigung: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
</context>
<context>
    <name>Tessera::PaletteTree</name>
    <message>
        <source>Activities you can add</source>
        <translation>Aktivitäten, die Sie hinzufügen können</translation>
    </message>
    <message>
        <source>Drag an item onto a stage to add it.</source>
        <translation>Ziehen Sie einen Eintrag auf eine Phase, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>Kann keine Aktivität sein: Er startet bei einem Angebot.</translation>
    </message>
</context>
<context>
    <name>Tessera::PartnerStepPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Only on a sandbox: the sandbox&apos;s stand-in for the partner does what you would do on the partner&apos;s website.</source>
        <translation>Nur in einer Sandbox: Der simulierte Partner der Sandbox erledigt, was Sie sonst auf der Website des Partners tun würden.</translation>
    </message>
    <message>
        <source>Working in the simulated partner…</source>
        <translation>Schritt wird im simulierten Partner ausgeführt…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
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
    <name>Tessera::PlanActivitiesDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanEditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>Aktivität &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>Aktivität &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>In Phase &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add it a second time?</source>
        <translation>Ein zweites Mal hinzufügen?</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot;. Candidates would go through it twice. Add it anyway?</source>
        <translation>%1 enthält „%2“ bereits. Kandidaten würden es zweimal durchlaufen. Trotzdem hinzufügen?</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Focus a stage first (Tab to it), then press Insert to add an activity there.</source>
        <translation>Wählen Sie zuerst eine Phase aus (mit Tab) und drücken Sie dann Einfg, um dort eine Aktivität hinzuzufügen.</translation>
    </message>
    <message>
        <source>There is nothing to add yet: enable Justifacts or Juro in the Marketplace.</source>
        <translation>Es gibt noch nichts hinzuzufügen: Aktivieren Sie Justifacts oder Juro im Marktplatz.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Aktivität zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>%1 verschieben nach</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanFixActions</name>
    <message>
        <source>%1 offers no packages right now; remove this activity or try again later.</source>
        <translation>%1 bietet derzeit keine Pakete an; entfernen Sie diese Aktivität oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Anderes Paket wählen</translation>
    </message>
    <message>
        <source>&amp;Packages of %1</source>
        <translation>&amp;Pakete von %1</translation>
    </message>
    <message>
        <source>&amp;Use this package</source>
        <translation>Dieses Paket &amp;verwenden</translation>
    </message>
    <message>
        <source>The workflow is not loaded yet; try again in a moment.</source>
        <translation>Der Workflow ist noch nicht geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The workflow&apos;s entry point is changed. Save the plan to see its problems checked again.</source>
        <translation>Der Startpunkt des Workflows ist geändert. Speichern Sie den Plan, damit seine Probleme erneut geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalette</name>
    <message>
        <source>The workflow &quot;%1&quot; starts from an offer, so it cannot be an activity on an interview stage. Change its entry point to &quot;interview plan activity&quot; or choose another workflow.</source>
        <translation>Der Workflow „%1“ startet bei einem Angebot und kann deshalb keine Aktivität in einer Interviewphase sein. Ändern Sie seinen Startpunkt in „Aktivität im Interviewplan“ oder wählen Sie einen anderen Workflow.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>External workflow, started from an offer</source>
        <translation>Externer Workflow, startet bei einem Angebot</translation>
    </message>
    <message>
        <source>External workflow, started as an interview plan activity</source>
        <translation>Externer Workflow, startet als Aktivität im Interviewplan</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalettePane</name>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <source>Drag an activity onto a stage, or focus a stage and press Insert.</source>
        <translation>Ziehen Sie eine Aktivität auf eine Phase, oder wählen Sie eine Phase aus und drücken Sie Einfg.</translation>
    </message>
    <message>
        <source>No enabled integration offers activities. Enable Justifacts (background checks) or Juro (contract workflows) in the Marketplace to add them to interview plans.</source>
        <translation>Keine aktivierte Integration bietet Aktivitäten an. Aktivieren Sie Justifacts (Hintergrundprüfungen) oder Juro (Vertrags-Workflows) im Marktplatz, um sie Interviewplänen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Marktplatz öffnen</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanSaveFlow</name>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Ja, wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>You have unsaved changes to this plan&apos;s activities from an earlier session. Restore them?</source>
        <translation>Sie haben aus einer früheren Sitzung ungespeicherte Änderungen an den Aktivitäten dieses Plans. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Revert to the saved plan</source>
        <translation>Zum gespeicherten Plan zurückkehren</translation>
    </message>
    <message>
        <source>Save the plan&apos;s activities</source>
        <translation>Aktivitäten des Plans speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Alles gespeichert · Version %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no activities)</source>
        <translation>(keine Aktivitäten)</translation>
    </message>
    <message>
        <source>The plan was changed by someone else</source>
        <translation>Der Plan wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone saved the activities of %1 (now version %2) while you were editing them. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Jemand hat die Aktivitäten von %1 gespeichert (jetzt Version %2), während Sie sie bearbeitet haben. Laden Sie die andere Version und verwerfen Sie damit Ihre ungespeicherten Änderungen, oder überschreiben Sie die andere Version mit Ihrer. „Vergleichen“ zeigt beide an.</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Ihre Aktivitäten</translation>
    </message>
    <message>
        <source>Their activities</source>
        <translation>Aktivitäten der anderen Version</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewModel</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required, but empty</source>
        <translation>Pflichtfeld, aber leer</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewPane</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <source>Pre&amp;view for candidate</source>
        <translation>Vorschau für &amp;Kandidat</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Vorschaustatus</translation>
    </message>
    <message>
        <source>Preview values</source>
        <translation>Vorschauwerte</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Vorschau wird berechnet…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Every field is fine for this candidate.</source>
        <translation>Für diesen Kandidaten sind alle Felder in Ordnung.</translation>
    </message>
    <message>
        <source>One field needs attention (in red).</source>
        <translation>Ein Feld braucht Aufmerksamkeit (rot markiert).</translation>
    </message>
    <message>
        <source>%1 fields need attention (in red).</source>
        <translation>%1 Felder brauchen Aufmerksamkeit (rot markiert).</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>Candidate for the preview</source>
        <translation>Kandidat für die Vorschau</translation>
    </message>
    <message>
        <source>Type part of a candidate&apos;s name and pick one from the list, or type an email.</source>
        <translation>Geben Sie einen Teil des Namens ein und wählen Sie einen Kandidaten aus der Liste, oder geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Passende Kandidaten</translation>
    </message>
    <message>
        <source>Type a candidate&apos;s name and pick them, or enter an email, then press Go to see what each target field would receive. The preview follows your edits.</source>
        <translation>Geben Sie den Namen eines Kandidaten ein und wählen Sie ihn aus, oder geben Sie eine E-Mail-Adresse ein, und klicken Sie dann auf „Los“, um zu sehen, was jedes Zielfeld erhalten würde. Die Vorschau folgt Ihren Änderungen.</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSearch</name>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Job · interview plan</source>
        <translation>Stelle · Interviewplan</translation>
    </message>
    <message>
        <source>Webhook · %1</source>
        <translation>Webhook · %1</translation>
    </message>
    <message>
        <source>API key · revoked</source>
        <translation>API-Schlüssel · widerrufen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key · %1</source>
        <translation>API-Schlüssel · %1</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Enter goes there · Esc closes</source>
        <translation>Eingabetaste öffnet · Esc schließt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · Enter goes there · Esc closes</source>
        <translation>
            <numerusform>%n Ergebnis · Eingabetaste öffnet · Esc schließt</numerusform>
            <numerusform>%n Ergebnisse · Eingabetaste öffnet · Esc schließt</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump to a candidate, integration, job, webhook, API key or view…</source>
        <translation>Zu Kandidat, Integration, Stelle, Webhook, API-Schlüssel oder Ansicht springen…</translation>
    </message>
</context>
<context>
    <name>Tessera::RedeliverBar</name>
    <message numerus="yes">
        <source>Resent %n delivery(s). Each is a new attempt in the log; the table shows what fails again.</source>
        <translation>
            <numerusform>%n Zustellung erneut gesendet. Sie ist ein neuer Versuch im Protokoll; die Tabelle zeigt, was erneut fehlschlägt.</numerusform>
            <numerusform>%n Zustellungen erneut gesendet. Jede ist ein neuer Versuch im Protokoll; die Tabelle zeigt, was erneut fehlschlägt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivery matches any more, so there is nothing to resend. Change the filters or refresh the table.</source>
        <translation>Keine Zustellung passt mehr, daher gibt es nichts erneut zu senden. Ändern Sie die Filter oder aktualisieren Sie die Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>This will resend %n delivery(s). Each goes to its webhook&apos;s current address as a new attempt.</source>
        <translation>
            <numerusform>Damit wird %n Zustellung erneut gesendet. Sie geht als neuer Versuch an die aktuelle Adresse ihres Webhooks.</numerusform>
            <numerusform>Damit werden %n Zustellungen erneut gesendet. Jede geht als neuer Versuch an die aktuelle Adresse ihres Webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Resend the deliveries</source>
        <translation>Zustellungen erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not resend</source>
        <translation>Nicht erneut senden</translation>
    </message>
</context>
<context>
    <name>Tessera::SandboxHost</name>
    <message>
        <source>The sandbox&apos;s data key in the keychain is damaged. Run tessera-sandbox --data &quot;%1&quot; --reset-secrets, remove the keychain entry %2, then start again.</source>
        <translation>Der Datenschlüssel der Sandbox im Schlüsselbund ist beschädigt. Führen Sie tessera-sandbox --data &quot;%1&quot; --reset-secrets aus, entfernen Sie den Schlüsselbund-Eintrag %2 und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Tessera::ScopePicker</name>
    <message>
        <source>Permission preset</source>
        <translation>Berechtigungsvorlage</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
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
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Kopiert — Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Kopiert — Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
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
    <message>
        <source>&amp;Keep an encrypted copy of the candidate list on this computer</source>
        <translation>Verschlüsselte Kopie der Kandidatenliste auf diesem Computer &amp;behalten</translation>
    </message>
    <message>
        <source>Forget &amp;local data</source>
        <translation>&amp;Lokale Daten vergessen</translation>
    </message>
    <message>
        <source>Local candidate data</source>
        <translation>Lokale Kandidatendaten</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Lokale Daten</translation>
    </message>
    <message>
        <source>Turned off for this run (--no-cache).</source>
        <translation>Für diesen Start ausgeschaltet (--no-cache).</translation>
    </message>
    <message>
        <source>No backend is in use.</source>
        <translation>Es ist kein Backend in Verwendung.</translation>
    </message>
    <message>
        <source>No candidate data of this backend is stored on this computer.</source>
        <translation>Auf diesem Computer sind keine Kandidatendaten dieses Backends gespeichert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Candidates stored: %1. Size on disk: %2. Last synced: %3.</source>
        <translation>Gespeicherte Kandidaten: %1. Größe auf der Festplatte: %2. Zuletzt synchronisiert: %3.</translation>
    </message>
    <message>
        <source>Forget %1? Its API key is removed from the keychain, and its settings and local data are deleted. The backend itself is not changed.</source>
        <translation>%1 vergessen? Sein API-Schlüssel wird aus dem Schlüsselbund entfernt, seine Einstellungen und lokalen Daten werden gelöscht. Das Backend selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, Sprache und Aufbewahrungsort der Geheimnisse.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>Tessera::ShownOnceSecret</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only once. Tessera does not keep it and the backend stores only a fingerprint. If it is lost, revoke it and create a new one.</source>
        <translation>Kopieren Sie den Schlüssel jetzt: Er wird nur einmal angezeigt. Tessera speichert ihn nicht, und das Backend speichert nur einen Fingerabdruck. Falls er verloren geht, widerrufen Sie ihn und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Clipboard state</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Kopiert — Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Kopiert — Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>Der Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunde in die Zwischenablage.</numerusform>
            <numerusform>„Kopieren“ legt den Schlüssel für %n Sekunden in die Zwischenablage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::SoraListenerPage</name>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Add the stage-change listener in Sora</source>
        <translation>Listener für Phasenwechsel in Sora hinzufügen</translation>
    </message>
    <message>
        <source>Sora imports a candidate as an employee and starts the workflow when they enter the stage you choose.</source>
        <translation>Sora importiert einen Kandidaten als Mitarbeiter und startet den Workflow, sobald er die gewählte Phase erreicht.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Workflows&lt;/b&gt; and click &lt;b&gt;Manage workflow&lt;/b&gt; on the workflow (usually Onboarding).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Add listener&lt;/b&gt;, choose Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; and the stage below.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Endpoint URL&lt;/b&gt; and &lt;b&gt;Secret key&lt;/b&gt; Sora shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Sora &lt;b&gt;Workflows&lt;/b&gt; und klicken Sie beim gewünschten Workflow (meist Onboarding) auf &lt;b&gt;Manage workflow&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Add listener&lt;/b&gt; und wählen Sie Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; und die unten angegebene Phase.&lt;/li&gt;&lt;li&gt;Kopieren Sie die von Sora angezeigten Werte &lt;b&gt;Endpoint URL&lt;/b&gt; und &lt;b&gt;Secret key&lt;/b&gt; in die Felder unten.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Sora workflow</source>
        <translation>Sora-Workflow</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint-URL</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret-Key</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>W&amp;orkflow:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpoint-URL:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret-&amp;Key:</translation>
    </message>
    <message>
        <source>Add the listener in the simulated &amp;Sora</source>
        <translation>Listener im simulierten &amp;Sora hinzufügen</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Phasen werden geladen…</translation>
    </message>
    <message>
        <source>Stages could not be loaded</source>
        <translation>Phasen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Adding the listener in the simulated Sora…</source>
        <translation>Listener wird im simulierten Sora hinzugefügt…</translation>
    </message>
    <message>
        <source>In Sora</source>
        <translation>In Sora</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsModel</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 fields: %2</source>
        <translation>%1: %2 Felder</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1, %2, sample %3</source>
        <translation>%1, %2, Beispielwert %3</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>%1 (%2)
Type: %3
Sample: %4</source>
        <translation>%1 (%2)
Typ: %3
Beispielwert: %4</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsPane</name>
    <message>
        <source>&amp;Source fields (ATS)</source>
        <translation>&amp;Quellfelder (ATS)</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Felder durchsuchen</translation>
    </message>
    <message>
        <source>Search source fields</source>
        <translation>Quellfelder durchsuchen</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Quellfelder</translation>
    </message>
    <message>
        <source>Drag a field onto a target field, or select it and press Enter to map it.</source>
        <translation>Ziehen Sie ein Feld auf ein Zielfeld, oder wählen Sie es aus und drücken Sie die Eingabetaste, um es zuzuordnen.</translation>
    </message>
    <message>
        <source>Loading the ATS fields…</source>
        <translation>ATS-Felder werden geladen…</translation>
    </message>
    <message>
        <source>The ATS fields could not be loaded: %1</source>
        <translation>Die ATS-Felder konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StageColumn</name>
    <message>
        <source>Add activity…</source>
        <translation>Aktivität hinzufügen…</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>Phase %1 (%2)</translation>
    </message>
    <message>
        <source>Insert adds an activity here; drop a palette item or a card to add or move it.</source>
        <translation>Einfg fügt hier eine Aktivität hinzu; legen Sie einen Palette-Eintrag oder eine Karte hier ab, um sie hinzuzufügen oder zu verschieben.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Aktivität zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive: %1 is not enabled</source>
        <translation>inaktiv: %1 ist nicht aktiviert</translation>
    </message>
    <message>
        <source>Automation by %1: %2, %3</source>
        <translation>Automatisierung von %1: %2, %3</translation>
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
</context>
<context>
    <name>Tessera::TransformChainEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Transforms, applied in order</source>
        <translation>Umwandlungen, in Reihenfolge angewendet</translation>
    </message>
    <message>
        <source>&amp;Add transform</source>
        <translation>Umwandlung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a transform</source>
        <translation>Umwandlung hinzufügen</translation>
    </message>
    <message>
        <source>Move the transform up</source>
        <translation>Umwandlung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the transform down</source>
        <translation>Umwandlung nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove the transform</source>
        <translation>Umwandlung entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation>Umwandlung entfernen</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Wählen Sie ein Zielfeld aus, um festzulegen, wie sein Wert aufbereitet wird.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No transforms: the source value is sent as it is. Use Add transform to map values, split names, format dates and more.</source>
        <translation>Keine Umwandlungen: Der Quellwert wird unverändert gesendet. Mit „Umwandlung hinzufügen“ können Sie Werte umschlüsseln, Namen aufteilen, Datumsangaben formatieren und mehr.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move the transform up (%1)</source>
        <translation>Umwandlung nach oben verschieben (%1)</translation>
    </message>
    <message>
        <source>Move the transform down (%1)</source>
        <translation>Umwandlung nach unten verschieben (%1)</translation>
    </message>
    <message>
        <source>Remove the transform (%1)</source>
        <translation>Umwandlung entfernen (%1)</translation>
    </message>
</context>
<context>
    <name>Tessera::TransformParamsForm</name>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Currency code:</source>
        <translation>&amp;Währungscode:</translation>
    </message>
    <message>
        <source>the amount&apos;s own, e.g. USD</source>
        <translation>Währung des Betrags, z. B. USD</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>Q&amp;uellen:</translation>
    </message>
    <message>
        <source>field ids, separated by commas</source>
        <translation>Feld-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>one space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Nachkommastellen</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>Nachkomma&amp;stellen:</translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation>„%1“ hat keine Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Tessera::UnavailableView</name>
    <message>
        <source>To use it, connect Tessera to a backend that implements Tessera&apos;s extensions (docs/API.md), such as the local sandbox.</source>
        <translation>Um sie zu nutzen, verbinden Sie Tessera mit einem Backend, das die Erweiterungen von Tessera umsetzt (docs/API.md), etwa mit der lokalen Sandbox.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods to enable or set up integrations.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die keine Methoden zum Aktivieren oder Einrichten von Integrationen hat.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for field mappings.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die keine Methoden für Feldzuordnungen hat.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list or create API keys.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die API-Schlüssel weder auflisten noch erstellen kann.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list webhooks or their deliveries.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die weder Webhooks noch ihre Zustellungen auflisten kann.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for partner activities on interview plans.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die keine Methoden für Partneraktivitäten in Interviewplänen hat.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which reports no integration health or delivery statistics.</source>
        <translation>Dieses Backend spricht nur die öffentliche API von Ashby, die weder den Zustand von Integrationen noch Zustellungsstatistiken meldet.</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapEditor</name>
    <message>
        <source>Add valu&amp;e</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove va&amp;lue</source>
        <translation>Wert ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Paste pairs</source>
        <translation>&amp;Paare einfügen</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>Each source value in From becomes the value in To. Ctrl+V pastes two columns.</source>
        <translation>Jeder Quellwert unter „Von“ wird zum Wert unter „Nach“. Strg+V fügt zwei Spalten ein.</translation>
    </message>
    <message>
        <source>Paste pairs</source>
        <translation>Paare einfügen</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Leave empty to pass other values through</source>
        <translation>Leer lassen, um andere Werte unverändert zu übernehmen</translation>
    </message>
    <message>
        <source>Default for values not in the table</source>
        <translation>Standardwert für Werte, die nicht in der Tabelle stehen</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Ausgewählte Werte entfernen</translation>
    </message>
    <message>
        <source>Paste pairs from the clipboard</source>
        <translation>Paare aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Two columns, separated by a tab or a comma, one pair per line</source>
        <translation>Zwei Spalten, getrennt durch Tabulator oder Komma, ein Paar pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Otherwise:</source>
        <translation>&amp;Sonst:</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapModel</name>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 wird zu %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>Tessera::VersionConflictDialog</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Andere Version laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit &amp;Ihrer Version überschreiben</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Andere Version laden</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Andere Version mit Ihrer überschreiben</translation>
    </message>
    <message>
        <source>Compare both versions</source>
        <translation>Beide Versionen vergleichen</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Ihre (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>Andere (Version %1)</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDeliveriesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for the test delivery</source>
        <translation>Warten auf die Testzustellung</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDeliveriesPane</name>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Erneut &amp;zustellen</translation>
    </message>
    <message>
        <source>Test ping</source>
        <translation>Test-Ping</translation>
    </message>
    <message>
        <source>Test ping answered: HTTP %1 in %L2 ms.</source>
        <translation>Test-Ping beantwortet: HTTP %1 in %L2 ms.</translation>
    </message>
    <message>
        <source>Test ping failed: %1. Check the URL and that the partner&apos;s receiver is running.</source>
        <translation>Test-Ping fehlgeschlagen: %1. Prüfen Sie die URL und ob der Empfänger des Partners läuft.</translation>
    </message>
    <message>
        <source>The test ping&apos;s result did not arrive. Press F5 to look again.</source>
        <translation>Das Ergebnis des Test-Pings ist nicht eingetroffen. Drücken Sie F5, um erneut nachzusehen.</translation>
    </message>
    <message>
        <source>Sent again. New attempts appear here; press F5 to update.</source>
        <translation>Erneut gesendet. Neue Versuche erscheinen hier; drücken Sie F5 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Delivery attempts to %1</source>
        <translation>Zustellversuche an %1</translation>
    </message>
    <message>
        <source>Test ping sent — waiting for the answer…</source>
        <translation>Test-Ping gesendet — Antwort wird erwartet…</translation>
    </message>
    <message>
        <source>Loading delivery attempts…</source>
        <translation>Zustellversuche werden geladen…</translation>
    </message>
    <message>
        <source>Select a webhook to see its delivery attempts.</source>
        <translation>Wählen Sie einen Webhook aus, um seine Zustellversuche zu sehen.</translation>
    </message>
    <message>
        <source>The delivery attempts could not be loaded.</source>
        <translation>Die Zustellversuche konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing was sent to this webhook yet. Send a test ping to check the partner&apos;s receiver.</source>
        <translation>An diesen Webhook wurde noch nichts gesendet. Senden Sie einen Test-Ping, um den Empfänger des Partners zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate webhook</source>
        <translation>Webhook e&amp;rstellen</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Request-URL</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Secret-Token</translation>
    </message>
    <message>
        <source>Generate a secret token</source>
        <translation>Secret-Token generieren</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Leer lassen, um das aktuelle Secret-Token beizubehalten</translation>
    </message>
    <message>
        <source>The partner checks signatures with it</source>
        <translation>Der Partner prüft damit die Signaturen</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Request &amp;URL:</source>
        <translation>Request-&amp;URL:</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>Secret-&amp;Token:</translation>
    </message>
    <message>
        <source>Deliveries are signed with the secret token (Ashby-Signature: sha256=…). Give the partner the same token.</source>
        <translation>Zustellungen werden mit dem Secret-Token signiert (Ashby-Signature: sha256=…). Geben Sie dem Partner dasselbe Token.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the address the partner gave you, starting with https://.</source>
        <translation>Geben Sie die Adresse ein, die Sie vom Partner erhalten haben; sie beginnt mit https://.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://partner.example.com/ashby.</source>
        <translation>Dies ist keine Webadresse. Sie sollte etwa so aussehen: https://partner.example.com/ashby.</translation>
    </message>
    <message>
        <source>Use https: deliveries carry candidate data. Plain http is allowed only for a receiver on this computer.</source>
        <translation>Verwenden Sie https: Zustellungen enthalten Kandidatendaten. Unverschlüsseltes http ist nur für einen Empfänger auf diesem Computer zulässig.</translation>
    </message>
    <message>
        <source>Enter a secret token, or press Generate for a random one.</source>
        <translation>Geben Sie ein Secret-Token ein oder klicken Sie auf „Generieren“, um ein zufälliges zu erzeugen.</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Webhook wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookPage</name>
    <message>
        <source>Create the %1 webhook</source>
        <translation>Webhook für %1 erstellen</translation>
    </message>
    <message>
        <source>Create and &amp;verify</source>
        <translation>Erstellen und &amp;verifizieren</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Webhook wird erstellt…</translation>
    </message>
    <message>
        <source>Waiting for %1 to verify the ping…</source>
        <translation>Es wird gewartet, bis %1 den Ping verifiziert…</translation>
    </message>
    <message>
        <source>%1 has not confirmed a verified ping yet. %2</source>
        <translation>%1 hat noch keinen verifizierten Ping bestätigt. %2</translation>
    </message>
    <message>
        <source>Tessera creates the webhook in the ATS. The ATS pings it at once, and %1 must verify the ping&apos;s signature with the secret it gave you.</source>
        <translation>Tessera legt den Webhook im ATS an. Das ATS sendet sofort einen Ping, und %1 muss dessen Signatur mit dem Geheimnis prüfen, das es Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Webhook type:</source>
        <translation>Webhook-Typ:</translation>
    </message>
    <message>
        <source>The webhook the ATS creates</source>
        <translation>Der Webhook, den das ATS anlegt</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;The ATS creates the webhook with the values above.&lt;/li&gt;&lt;li&gt;It sends %1 a ping signed with this secret.&lt;/li&gt;&lt;li&gt;Tessera waits until %1 confirms that it verified the signature, then goes on.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Das ATS legt den Webhook mit den Werten oben an.&lt;/li&gt;&lt;li&gt;Es sendet %1 einen Ping, signiert mit diesem Geheimnis.&lt;/li&gt;&lt;li&gt;Tessera wartet, bis %1 bestätigt, dass es die Signatur geprüft hat, und macht dann weiter.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Was als Nächstes passiert</translation>
    </message>
    <message>
        <source>Missing: go back and paste it</source>
        <translation>Fehlt: Gehen Sie zurück und fügen Sie es ein</translation>
    </message>
    <message>
        <source>The ATS disabled the webhook because its ping failed: %1 Check the values you copied from %2, then try again.</source>
        <translation>Das ATS hat den Webhook deaktiviert, weil sein Ping fehlgeschlagen ist: %1 Prüfen Sie die Werte, die Sie aus %2 übernommen haben, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhooksModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>OK (HTTP %1) · %2</source>
        <translation>OK (HTTP %1) · %2</translation>
    </message>
    <message>
        <source>Failed (HTTP %1) · %2</source>
        <translation>Fehlgeschlagen (HTTP %1) · %2</translation>
    </message>
    <message>
        <source>Failed (no answer) · %1</source>
        <translation>Fehlgeschlagen (keine Antwort) · %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhooksView</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;New webhook…</source>
        <translation>&amp;Neuer Webhook…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Send test &amp;ping</source>
        <translation>Test-&amp;Ping senden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook erstellen</translation>
    </message>
    <message>
        <source>Selected webhook</source>
        <translation>Ausgewählter Webhook</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners. Every attempt is logged below the list.</source>
        <translation>Ereignisse, die das ATS an Partner sendet. Jeder Zustellversuch wird unter der Liste protokolliert.</translation>
    </message>
    <message>
        <source>The webhook was deleted.</source>
        <translation>Der Webhook wurde gelöscht.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded. See the message above.</source>
        <translation>Die Webhooks konnten nicht geladen werden. Beachten Sie die Meldung oben.</translation>
    </message>
    <message>
        <source>No webhooks yet. Create one to send ATS events to a partner.</source>
        <translation>Noch keine Webhooks. Erstellen Sie einen, um ATS-Ereignisse an einen Partner zu senden.</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>This webhook is disabled: the partner gets no events until you enable it.</source>
        <translation>Dieser Webhook ist deaktiviert: Der Partner erhält keine Ereignisse, bis Sie ihn aktivieren.</translation>
    </message>
    <message>
        <source>Disabled after a failed check. Make sure the partner&apos;s receiver answers, then press Enable.</source>
        <translation>Nach einer fehlgeschlagenen Prüfung deaktiviert. Stellen Sie sicher, dass der Empfänger des Partners antwortet, und klicken Sie dann auf „Aktivieren“.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook for “%1” to %2?</source>
        <translation>Webhook für „%1“ an %2 löschen?</translation>
    </message>
    <message>
        <source>The partner gets no further events, and pending retries stop. Its delivery log stays readable. This cannot be undone.</source>
        <translation>Der Partner erhält keine weiteren Ereignisse, und ausstehende Wiederholungen werden beendet. Das Zustellprotokoll bleibt einsehbar. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete webhook</source>
        <translation>Webhook &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::WilloSyncPage</name>
    <message>
        <source>&amp;Sync again</source>
        <translation>Erneut &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Willo&apos;s first sync</source>
        <translation>Erste Synchronisierung von Willo</translation>
    </message>
    <message>
        <source>Willo copies your jobs and their interview stages, so each Willo interview can be connected to a job and a trigger stage.</source>
        <translation>Willo übernimmt Ihre Stellen und deren Interviewphasen, damit jedes Willo-Interview mit einer Stelle und einer auslösenden Phase verbunden werden kann.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>✗ The sync stopped: %1</source>
        <translation>✗ Die Synchronisierung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Waiting for Willo to start the sync…</source>
        <translation>Warten, bis Willo die Synchronisierung startet…</translation>
    </message>
    <message>
        <source>✓ Sync finished. Jobs: %1 · interview stages: %2.</source>
        <translation>✓ Synchronisierung abgeschlossen. Stellen: %1 · Interviewphasen: %2.</translation>
    </message>
    <message>
        <source>Syncing… jobs: %1 of %2 · interview stages so far: %3</source>
        <translation>Wird synchronisiert… Stellen: %1 von %2 · Interviewphasen bisher: %3</translation>
    </message>
    <message>
        <source>Jobs and interview stages</source>
        <translation>Stellen und Interviewphasen</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Willo copies every ATS job with its interview stages.&lt;/li&gt;&lt;li&gt;Once the sync has finished, Next enables Willo and checks both ends.&lt;/li&gt;&lt;li&gt;Then, in Willo, connect each interview to a job and a trigger stage.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Willo übernimmt jede Stelle aus dem ATS mit ihren Interviewphasen.&lt;/li&gt;&lt;li&gt;Sobald die Synchronisierung abgeschlossen ist, aktiviert „Weiter“ Willo und prüft beide Seiten.&lt;/li&gt;&lt;li&gt;Verbinden Sie danach in Willo jedes Interview mit einer Stelle und einer auslösenden Phase.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Was als Nächstes passiert</translation>
    </message>
</context>
<context>
    <name>Tessera::WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, done</source>
        <translation>Schritt %1 von %2: %3, erledigt</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, current step</source>
        <translation>Schritt %1 von %2: %3, aktueller Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkflowFieldsForm</name>
    <message>
        <source>&quot;%1&quot; is required: fill it in before starting the workflow.</source>
        <translation>„%1“ ist ein Pflichtfeld: Füllen Sie es aus, bevor Sie den Workflow starten.</translation>
    </message>
    <message>
        <source>%1 * (required)</source>
        <translation>%1 * (Pflichtfeld)</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, Pflichtfeld</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden field(s) are sent as mapped.</source>
        <translation>
            <numerusform>%n verborgenes Feld wird gemäß Feldzuordnung gesendet.</numerusform>
            <numerusform>%n verborgene Felder werden gemäß Feldzuordnung gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>Value map</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>Split name</source>
        <translation>Name aufteilen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Zusammenfügen</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Leerzeichen am Rand entfernen</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Schreibweise ändern</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 (1 value)</source>
        <translation>%1 (1 Wert)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 Werte)</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 Nachkommastelle</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 Nachkommastellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WebhookEventTypes</name>
    <message>
        <source>Push to HRIS</source>
        <translation>An HRIS übertragen</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Application Submitted</source>
        <translation>Bewerbung eingereicht</translation>
    </message>
    <message>
        <source>Application Updated</source>
        <translation>Bewerbung aktualisiert</translation>
    </message>
    <message>
        <source>Candidate Hired</source>
        <translation>Kandidat eingestellt</translation>
    </message>
    <message>
        <source>Candidate Stage Change</source>
        <translation>Phasenwechsel des Kandidaten</translation>
    </message>
    <message>
        <source>Candidate Deleted</source>
        <translation>Kandidat gelöscht</translation>
    </message>
    <message>
        <source>Candidates Merged</source>
        <translation>Kandidaten zusammengeführt</translation>
    </message>
    <message>
        <source>Interview Plan Transition</source>
        <translation>Übergang im Interviewplan</translation>
    </message>
    <message>
        <source>Interview Schedule Created</source>
        <translation>Interviewtermin erstellt</translation>
    </message>
    <message>
        <source>Interview Schedule Updated</source>
        <translation>Interviewtermin aktualisiert</translation>
    </message>
    <message>
        <source>Job Posting Updated</source>
        <translation>Stellenanzeige aktualisiert</translation>
    </message>
    <message>
        <source>Job Posting Published</source>
        <translation>Stellenanzeige veröffentlicht</translation>
    </message>
    <message>
        <source>Job Posting Unpublished</source>
        <translation>Stellenanzeige zurückgezogen</translation>
    </message>
    <message>
        <source>Offer Created</source>
        <translation>Angebot erstellt</translation>
    </message>
    <message>
        <source>Offer Updated</source>
        <translation>Angebot aktualisiert</translation>
    </message>
    <message>
        <source>Offer Deleted</source>
        <translation>Angebot gelöscht</translation>
    </message>
    <message>
        <source>Survey Submitted</source>
        <translation>Umfrage eingereicht</translation>
    </message>
    <message>
        <source>Job Created</source>
        <translation>Stelle erstellt</translation>
    </message>
    <message>
        <source>Job Updated</source>
        <translation>Stelle aktualisiert</translation>
    </message>
    <message>
        <source>Opening Created</source>
        <translation>Vakanz erstellt</translation>
    </message>
    <message>
        <source>Job Posting Deleted</source>
        <translation>Stellenanzeige gelöscht</translation>
    </message>
    <message>
        <source>Signature Request Updated</source>
        <translation>Signaturanfrage aktualisiert</translation>
    </message>
</context>
<context>
    <name>WilloSetup</name>
    <message>
        <source>Give the key to Willo</source>
        <translation>Schlüssel an Willo übergeben</translation>
    </message>
    <message>
        <source>Willo checks the key as soon as you paste it.</source>
        <translation>Willo prüft den Schlüssel, sobald Sie ihn einfügen.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Willo, open &lt;b&gt;Integrations&lt;/b&gt;, expand the Ashby tile and select &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the connection dialog and click &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Grant Willo access in the authorization step.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in Willo &lt;b&gt;Integrations&lt;/b&gt;, klappen Sie die Kachel „Ashby“ auf und wählen Sie &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie den ATS-API-Schlüssel in den Verbindungsdialog ein und klicken Sie auf &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Gewähren Sie Willo im Autorisierungsschritt Zugriff.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>ATS-API-Schlüssel</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Willo</source>
        <translation>Diesen Schritt im simulierten W&amp;illo ausführen</translation>
    </message>
    <message>
        <source>I pasted the key into Willo and granted access</source>
        <translation>Ich habe den Schlüssel in Willo eingefügt und den Zugriff gewährt</translation>
    </message>
    <message>
        <source>Asking whether Willo holds a working key…</source>
        <translation>Es wird geprüft, ob Willo einen funktionierenden Schlüssel hat…</translation>
    </message>
    <message>
        <source>Willo is not connected yet.</source>
        <translation>Willo ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Willo reads jobs and stages and sends interview responses back as notes. Set up every ATS job you want in Willo first: the first sync copies them.</source>
        <translation>Willo liest Stellen und Phasen und sendet Interviewantworten als Notizen zurück. Richten Sie zuerst alle ATS-Stellen ein, die Sie in Willo nutzen möchten: Die erste Synchronisierung übernimmt sie.</translation>
    </message>
    <message>
        <source>✓ Willo accepted the key and you granted it access (%1 plan).</source>
        <translation>✓ Willo hat den Schlüssel akzeptiert, und Sie haben den Zugriff gewährt (Tarif %1).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Willo syncs changes at most every &lt;b&gt;%1 minutes&lt;/b&gt; on its %2 plan (Launch: 180, Growth: 30, Scale and Enterprise: 5), so updates are not live.&lt;/p&gt;&lt;p&gt;Next, in Willo, connect each interview to an ATS job and a trigger stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Willo synchronisiert Änderungen im Tarif %2 höchstens alle &lt;b&gt;%1 Minuten&lt;/b&gt; (Launch: 180, Growth: 30, Scale und Enterprise: 5); Aktualisierungen erfolgen also nicht in Echtzeit.&lt;/p&gt;&lt;p&gt;Verbinden Sie als Nächstes in Willo jedes Interview mit einer ATS-Stelle und einer auslösenden Phase.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key to Willo</source>
        <translation>Schlüssel an Willo</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
</context>
</TS>
