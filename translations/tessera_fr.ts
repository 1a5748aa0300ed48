<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The backend is not reachable (connection refused). Check that it is running and that the address is right, then retry.</source>
        <translation>Le backend est injoignable (connexion refusée). Vérifiez qu’il est démarré et que l’adresse est correcte, puis réessayez.</translation>
    </message>
    <message>
        <source>The backend closed the connection before answering. Retry; if it keeps happening, the backend may be restarting or overloaded.</source>
        <translation>Le backend a fermé la connexion avant de répondre. Réessayez&#xa0;; si cela se reproduit, le backend redémarre peut-être ou est surchargé.</translation>
    </message>
    <message>
        <source>The backend&apos;s host name could not be found. Check the address in Settings.</source>
        <translation>Le nom d’hôte du backend est introuvable. Vérifiez l’adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>The secure connection to the backend failed. Check its certificate.</source>
        <translation>La connexion sécurisée au backend a échoué. Vérifiez son certificat.</translation>
    </message>
    <message>
        <source>The network request failed: %1. Check your connection and retry.</source>
        <translation>La requête réseau a échoué&#xa0;: %1. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The backend did not answer in time. It may be overloaded; retry in a moment.</source>
        <translation>Le backend n’a pas répondu à temps. Il est peut-être surchargé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The backend does not offer &quot;%1&quot;. It may be an older version.</source>
        <translation>Le backend ne propose pas «&#xa0;%1&#xa0;». Il s’agit peut-être d’une version plus ancienne.</translation>
    </message>
    <message>
        <source>The backend had a problem (HTTP %1). Retry in a moment.</source>
        <translation>Le backend a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The backend answered with HTTP %1.</source>
        <translation>Le backend a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>The backend did not receive an API key. Reconnect in Settings.</source>
        <translation>Le backend n’a reçu aucune clé API. Reconnectez-vous dans les paramètres.</translation>
    </message>
    <message>
        <source>This API key lacks the &quot;%1&quot; permission. Create a key with it, or ask an administrator to grant it.</source>
        <translation>Cette clé API n’a pas l’autorisation «&#xa0;%1&#xa0;». Créez une clé qui l’a, ou demandez à un administrateur de l’accorder.</translation>
    </message>
    <message>
        <source>The backend rejected the API key: it was revoked or does not exist. Create a new key and reconnect in Settings.</source>
        <translation>Le backend a refusé la clé API&#xa0;: elle a été révoquée ou n’existe pas. Créez une nouvelle clé et reconnectez-vous dans les paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>The backend is rate limiting requests. Retry in %n second(s).</source>
        <translation>
            <numerusform>Le backend limite le nombre de requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le backend limite le nombre de requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend is rate limiting requests. Retry in a moment.</source>
        <translation>Le backend limite le nombre de requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The backend sent an answer that could not be read (invalid JSON at byte %1). Retry; if it persists, report it with the details below.</source>
        <translation>Le backend a envoyé une réponse illisible (JSON invalide à l’octet %1). Réessayez&#xa0;; si le problème persiste, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The backend refused the request (%1).</source>
        <translation>Le backend a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>BackendUrl</name>
    <message>
        <source>Enter the backend&apos;s address, e.g. https://ats.example.com.</source>
        <translation>Saisissez l’adresse du backend, par ex. https://ats.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for this machine).</source>
        <translation>L’adresse doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Use https:// for a backend on another machine: over http:// the API key travels unencrypted. Tick &quot;Allow insecure connection&quot; only for a trusted test network.</source>
        <translation>Utilisez https:// pour un backend situé sur une autre machine&#xa0;: en http://, la clé API circule en clair. Ne cochez «&#xa0;Autoriser une connexion non sécurisée&#xa0;» que pour un réseau de test de confiance.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; enter the API key in its own field.</source>
        <translation>Ne mettez pas d’identifiants dans l’adresse&#xa0;; saisissez la clé API dans son propre champ.</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The backend sent data that could not be read (%1). Retry; if it keeps happening, report it with the details below.</source>
        <translation>Le backend a envoyé des données illisibles (%1). Réessayez&#xa0;; si cela se reproduit, signalez-le avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>The %1 base URL is http on this computer — allowed for the sandbox</source>
        <translation>L’URL de base de %1 est en http sur cet ordinateur — autorisé pour la sandbox</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>The ATS accepted the %1 base URL</source>
        <translation>L’ATS a accepté l’URL de base de %1</translation>
    </message>
    <message>
        <source>%1 holds an active ATS API key</source>
        <translation>%1 détient une clé API ATS active</translation>
    </message>
    <message>
        <source>The ATS API key for %1 is active</source>
        <translation>La clé API ATS de %1 est active</translation>
    </message>
    <message>
        <source>The ATS verified the signature of the last webhook from %1</source>
        <translation>L’ATS a vérifié la signature du dernier webhook de %1</translation>
    </message>
    <message>
        <source>%1 accepts the %1 API key stored in the ATS</source>
        <translation>%1 accepte la clé API %1 enregistrée dans l’ATS</translation>
    </message>
    <message>
        <source>%1 finished its first sync of jobs and stages</source>
        <translation>%1 a terminé sa première synchronisation des postes et des étapes</translation>
    </message>
    <message>
        <source>%1 received a signed webhook from the ATS</source>
        <translation>%1 a reçu un webhook signé de l’ATS</translation>
    </message>
    <message>
        <source>An ATS webhook sends to %1</source>
        <translation>Un webhook de l’ATS envoie vers %1</translation>
    </message>
    <message>
        <source>%1 has an active stage-change listener</source>
        <translation>%1 a un écouteur de changement d’étape actif</translation>
    </message>
    <message>
        <source>The %1 credential verification key is stored in the ATS</source>
        <translation>La clé Credential Verification de %1 est enregistrée dans l’ATS</translation>
    </message>
    <message>
        <source>The %1 base URL uses https</source>
        <translation>L’URL de base de %1 utilise https</translation>
    </message>
    <message>
        <source>The %1 base URL uses https (or http on this computer)</source>
        <translation>L’URL de base de %1 utilise https (ou http sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 lists its assessment packages</source>
        <translation>%1 liste ses forfaits de vérification</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Pre-interview screen</source>
        <translation>Présélection avant entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Waiting on response</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Candidate accepted</source>
        <translation>Acceptée par le candidat</translation>
    </message>
    <message>
        <source>Candidate rejected</source>
        <translation>Refusée par le candidat</translation>
    </message>
    <message>
        <source>Waiting on candidate</source>
        <translation>En attente du candidat</translation>
    </message>
    <message>
        <source>Waiting on approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Waiting on approvals</source>
        <translation>En attente des approbations</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>Paste the address the partner gave you.</source>
        <translation>Collez l’adresse que le partenaire vous a donnée.</translation>
    </message>
    <message>
        <source>https: the connection is encrypted.</source>
        <translation>https&#xa0;: la connexion est chiffrée.</translation>
    </message>
    <message>
        <source>http on this computer — allowed for the sandbox.</source>
        <translation>http sur cet ordinateur — autorisé pour la sandbox.</translation>
    </message>
    <message>
        <source>Plain http to another computer is not allowed: use the https address.</source>
        <translation>Le http simple vers un autre ordinateur n’est pas autorisé&#xa0;: utilisez l’adresse https.</translation>
    </message>
    <message>
        <source>This is not a web address. It starts with https://.</source>
        <translation>Ce n’est pas une adresse web. Elle commence par https://.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>En local</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisée</translation>
    </message>
</context>
<context>
    <name>HumaansSetup</name>
    <message>
        <source>Humaans reads hired candidates, their job and their offer with this key.</source>
        <translation>Humaans lit les candidats embauchés, leur poste et leur offre avec cette clé.</translation>
    </message>
    <message>
        <source>Connect Humaans</source>
        <translation>Connecter Humaans</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Humaans, open &lt;b&gt;Admin › Integrations&lt;/b&gt;, find Ashby, click &lt;b&gt;Configure&lt;/b&gt; and &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Request URL&lt;/b&gt; and the &lt;b&gt;Secret Token&lt;/b&gt; Humaans shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Humaans, ouvrez &lt;b&gt;Admin › Integrations&lt;/b&gt;, trouvez Ashby, cliquez sur &lt;b&gt;Configure&lt;/b&gt; puis sur &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez la clé API ATS et cliquez sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copiez la &lt;b&gt;Request URL&lt;/b&gt; et le &lt;b&gt;Secret Token&lt;/b&gt; affichés par Humaans dans les champs ci-dessous.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clé API ATS</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Request URL</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Secret token</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Humaans</source>
        <translation>Le faire dans le &amp;Humaans simulé</translation>
    </message>
    <message>
        <source>✓ Humaans accepted the key and shows its Request URL and Secret Token.</source>
        <translation>✓ Humaans a accepté la clé et affiche sa Request URL et son Secret Token.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate is marked as hired, they appear in Humaans under &lt;b&gt;New hires&lt;/b&gt; for review before they become members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lorsqu’un candidat est marqué comme embauché, il apparaît dans Humaans sous &lt;b&gt;New hires&lt;/b&gt;, à valider avant de devenir membre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give Humaans the ATS API key, then copy back the request URL and the secret token Humaans shows for the ATS&apos;s events.</source>
        <translation>Donnez la clé API ATS à Humaans, puis recopiez la Request URL et le Secret Token que Humaans affiche pour les événements de l’ATS.</translation>
    </message>
    <message>
        <source>ATS webhook</source>
        <translation>Webhook de l’ATS</translation>
    </message>
</context>
<context>
    <name>IntegrationCategory</name>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Video interviews</source>
        <translation>Entretiens vidéo</translation>
    </message>
    <message>
        <source>HRIS</source>
        <comment>category: HR information systems</comment>
        <translation>SIRH</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>Vérification des antécédents</translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Start Juro contract workflows from an interview stage or an offer. When the contract is completed in Juro, the offer is marked accepted.</source>
        <translation>Lancez des workflows de contrat Juro depuis une étape d’entretien ou une offre. Une fois le contrat finalisé dans Juro, l’offre est marquée comme acceptée.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Marketplace &gt; Juro and click Enable.</source>
        <translation>Ouvrez Admin &gt; Integrations &gt; Marketplace &gt; Juro et cliquez sur Enable.</translation>
    </message>
    <message>
        <source>Create an Ashby API key named Juro so Juro can push updates.</source>
        <translation>Créez une clé API Ashby nommée Juro pour que Juro puisse envoyer ses mises à jour.</translation>
    </message>
    <message>
        <source>In Juro, open Settings &gt; Integrations &gt; API, activate the API and copy its key.</source>
        <translation>Dans Juro, ouvrez Settings &gt; Integrations &gt; API, activez l’API et copiez sa clé.</translation>
    </message>
    <message>
        <source>In Juro, add a webhook to Ashby with a security signature secret set to that key and all triggers.</source>
        <translation>Dans Juro, ajoutez un webhook vers Ashby avec un secret de signature de sécurité égal à cette clé, et tous les déclencheurs.</translation>
    </message>
    <message>
        <source>Paste the Juro API key into the Juro settings in Ashby and click Update.</source>
        <translation>Collez la clé API Juro dans les paramètres Juro d’Ashby et cliquez sur Update.</translation>
    </message>
    <message>
        <source>Add a Juro workflow under Admin &gt; Integrations &gt; External workflows.</source>
        <translation>Ajoutez un workflow Juro sous Admin &gt; Integrations &gt; External workflows.</translation>
    </message>
    <message>
        <source>Invite candidates to a Willo video interview when they reach a chosen stage. Their responses come back as notes on the candidate.</source>
        <translation>Invitez les candidats à un entretien vidéo Willo lorsqu’ils atteignent une étape choisie. Leurs réponses reviennent sous forme de notes sur le candidat.</translation>
    </message>
    <message>
        <source>Open Admin &gt; API Keys and click New.</source>
        <translation>Ouvrez Admin &gt; API Keys et cliquez sur New.</translation>
    </message>
    <message>
        <source>Name the key so its purpose stays clear, then click Create API Key.</source>
        <translation>Nommez la clé de sorte que son usage reste clair, puis cliquez sur Create API Key.</translation>
    </message>
    <message>
        <source>Copy the key now; it is shown only once.</source>
        <translation>Copiez la clé maintenant&#xa0;; elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <source>Paste the key into Willo&apos;s connection dialog and click Continue.</source>
        <translation>Collez la clé dans la fenêtre de connexion de Willo et cliquez sur Continue.</translation>
    </message>
    <message>
        <source>In Willo, select Enable on the Ashby tile and grant access.</source>
        <translation>Dans Willo, sélectionnez Enable sur la tuile Ashby et accordez l’accès.</translation>
    </message>
    <message>
        <source>Connect each Willo interview to an Ashby job and trigger stage.</source>
        <translation>Reliez chaque entretien Willo à un poste Ashby et à une étape déclencheuse.</translation>
    </message>
    <message>
        <source>Import hired candidates into Humaans automatically. They wait in the New hires tab for review before they become members.</source>
        <translation>Importez automatiquement les candidats embauchés dans Humaans. Ils attendent dans l’onglet New hires d’être validés avant de devenir membres.</translation>
    </message>
    <message>
        <source>In Humaans, open Admin &gt; Integrations and enable the Ashby integration.</source>
        <translation>Dans Humaans, ouvrez Admin &gt; Integrations et activez l’intégration Ashby.</translation>
    </message>
    <message>
        <source>Create an Ashby API key and leave Integration Partner blank.</source>
        <translation>Créez une clé API Ashby et laissez Integration Partner vide.</translation>
    </message>
    <message>
        <source>Paste the key into Humaans and click Save.</source>
        <translation>Collez la clé dans Humaans et cliquez sur Save.</translation>
    </message>
    <message>
        <source>Create an Application Updated webhook with the Request URL from Humaans.</source>
        <translation>Créez un webhook Application Updated avec la Request URL fournie par Humaans.</translation>
    </message>
    <message>
        <source>Paste the Secret Token from Humaans into the webhook.</source>
        <translation>Collez le Secret Token de Humaans dans le webhook.</translation>
    </message>
    <message>
        <source>Import a candidate into Sora as an employee and add them to a workflow, such as Onboarding, when they enter a chosen stage.</source>
        <translation>Importez un candidat dans Sora comme salarié et ajoutez-le à un workflow, par exemple Onboarding, lorsqu’il atteint une étape choisie.</translation>
    </message>
    <message>
        <source>Create an Ashby API key.</source>
        <translation>Créez une clé API Ashby.</translation>
    </message>
    <message>
        <source>In Sora, open Settings &gt; Integrations &gt; Ashby and paste the key.</source>
        <translation>Dans Sora, ouvrez Settings &gt; Integrations &gt; Ashby et collez la clé.</translation>
    </message>
    <message>
        <source>Toggle the integration to Active and click Save.</source>
        <translation>Passez l’intégration sur Active et cliquez sur Save.</translation>
    </message>
    <message>
        <source>Map Ashby candidate fields to Sora employee fields under Inbound field mapping.</source>
        <translation>Associez les champs candidat d’Ashby aux champs salarié de Sora sous Inbound field mapping.</translation>
    </message>
    <message>
        <source>In Sora, add a Candidate stage change listener to the workflow.</source>
        <translation>Dans Sora, ajoutez au workflow un écouteur Candidate stage change.</translation>
    </message>
    <message>
        <source>Create an Ashby webhook with the Endpoint URL and Secret key from Sora.</source>
        <translation>Créez un webhook Ashby avec l’Endpoint URL et la Secret key fournies par Sora.</translation>
    </message>
    <message>
        <source>In Sora, click Create event listener.</source>
        <translation>Dans Sora, cliquez sur Create event listener.</translation>
    </message>
    <message>
        <source>Start Justifacts background checks from a candidate&apos;s profile. Status updates and a link to the results appear on the assessment activity.</source>
        <translation>Lancez des vérifications d’antécédents Justifacts depuis le profil d’un candidat. Les mises à jour de statut et un lien vers les résultats apparaissent dans l’activité d’évaluation.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; API keys and click New.</source>
        <translation>Ouvrez Admin &gt; Integrations &gt; API keys et cliquez sur New.</translation>
    </message>
    <message>
        <source>Choose Justifacts as the integration partner, select Read all and Write all, and create the key.</source>
        <translation>Choisissez Justifacts comme partenaire d’intégration, sélectionnez Read all et Write all, puis créez la clé.</translation>
    </message>
    <message>
        <source>Copy the key at once and share it with Justifacts; it is shown only once.</source>
        <translation>Copiez la clé tout de suite et transmettez-la à Justifacts&#xa0;; elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Integrations and select Justifacts.</source>
        <translation>Ouvrez Admin &gt; Integrations &gt; Integrations et sélectionnez Justifacts.</translation>
    </message>
    <message>
        <source>Enter the credential verification key Justifacts sent you and select the new Ashby key.</source>
        <translation>Saisissez la clé Credential Verification que Justifacts vous a envoyée et sélectionnez la nouvelle clé Ashby.</translation>
    </message>
    <message>
        <source>Paste the Justifacts staging base URL into its field.</source>
        <translation>Collez l’URL de base de staging de Justifacts dans son champ.</translation>
    </message>
    <message>
        <source>Add a Justifacts activity to the background check stage of each interview plan.</source>
        <translation>Ajoutez une activité Justifacts à l’étape de vérification des antécédents de chaque plan d’entretien.</translation>
    </message>
    <message>
        <source>%1 is not included in any plan of this organisation.</source>
        <translation>%1 n’est inclus dans aucune formule de cette organisation.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans.</source>
        <translation>%1 est inclus dans les formules %2.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans; this organisation is on %3.</source>
        <translation>%1 est inclus dans les formules %2&#xa0;; cette organisation a la formule %3.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of plans</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>JuroSetup</name>
    <message>
        <source>&lt;b&gt;✓ Juro&apos;s test webhook arrived and its signature verified&lt;/b&gt; (HTTP %1).</source>
        <translation>&lt;b&gt;✓ Le webhook de test de Juro est arrivé et sa signature est vérifiée&lt;/b&gt; (HTTP %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;✗ Juro&apos;s test webhook was not accepted&lt;/b&gt; (HTTP %1): %2</source>
        <translation>&lt;b&gt;✗ Le webhook de test de Juro n’a pas été accepté&lt;/b&gt; (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Looking for Juro&apos;s test webhook…</source>
        <translation>Recherche du webhook de test de Juro…</translation>
    </message>
    <message>
        <source>No verified webhook from Juro has arrived yet.</source>
        <translation>Aucun webhook vérifié de Juro n’est encore arrivé.</translation>
    </message>
    <message>
        <source>Paste the Juro API key</source>
        <translation>Collez la clé API Juro</translation>
    </message>
    <message>
        <source>The ATS uses it to call Juro and to verify the webhooks Juro sends.</source>
        <translation>L’ATS l’utilise pour appeler Juro et pour vérifier les webhooks que Juro envoie.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations&lt;/b&gt; and select &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Activate&lt;/b&gt; if the API is not active yet.&lt;/li&gt;&lt;li&gt;Copy the API key from the text box and paste it below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Juro, ouvrez &lt;b&gt;Settings › Integrations&lt;/b&gt; et sélectionnez &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Activate&lt;/b&gt; si l’API n’est pas encore active.&lt;/li&gt;&lt;li&gt;Copiez la clé API depuis la zone de texte et collez-la ci-dessous.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Juro API key</source>
        <translation>Clé API Juro</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Juro</source>
        <translation>Le faire dans le &amp;Juro simulé</translation>
    </message>
    <message>
        <source>Add the ATS webhook in Juro</source>
        <translation>Ajouter le webhook de l’ATS dans Juro</translation>
    </message>
    <message>
        <source>Juro signs every webhook with your Juro API key; the ATS checks the signature.</source>
        <translation>Juro signe chaque webhook avec votre clé API Juro&#xa0;; l’ATS vérifie la signature.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; and click &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter the values below, choose &lt;b&gt;Security signature&lt;/b&gt; and paste your Juro API key as the secret.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;all&lt;/b&gt; triggers, click &lt;b&gt;Save webhook&lt;/b&gt;, then send a test webhook.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Juro, ouvrez &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; et cliquez sur &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Saisissez les valeurs ci-dessous, choisissez &lt;b&gt;Security signature&lt;/b&gt; et collez votre clé API Juro comme secret.&lt;/li&gt;&lt;li&gt;Choisissez &lt;b&gt;all&lt;/b&gt; pour les déclencheurs, cliquez sur &lt;b&gt;Save webhook&lt;/b&gt;, puis envoyez un webhook de test.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Webhook security</source>
        <translation>Sécurité du webhook</translation>
    </message>
    <message>
        <source>Security signature</source>
        <translation>Signature de sécurité</translation>
    </message>
    <message>
        <source>Signature secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Add it in the simulated &amp;Juro and send a test webhook</source>
        <translation>L’ajouter dans le &amp;Juro simulé et envoyer un webhook de test</translation>
    </message>
    <message>
        <source>I saved the webhook in Juro and sent a test webhook</source>
        <translation>J’ai enregistré le webhook dans Juro et envoyé un webhook de test</translation>
    </message>
    <message>
        <source>Juro uses this key to push contract updates to the ATS. You do not need to copy it. Revoking it later cuts off Juro&apos;s access.</source>
        <translation>Juro utilise cette clé pour envoyer les mises à jour de contrat à l’ATS. Inutile de la copier. La révoquer plus tard coupe l’accès de Juro.</translation>
    </message>
    <message>
        <source>Checking the Juro API key with Juro…</source>
        <translation>Vérification de la clé API Juro auprès de Juro…</translation>
    </message>
    <message>
        <source>The ATS could not check the Juro API key.</source>
        <translation>L’ATS n’a pas pu vérifier la clé API Juro.</translation>
    </message>
    <message>
        <source>Webhook at Juro</source>
        <translation>Webhook chez Juro</translation>
    </message>
    <message>
        <source>&lt;p&gt;Juro workflows are listed with the field mappings. Once one exists, add it to an interview plan or start it from an offer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les workflows Juro sont listés avec les correspondances des champs. Dès qu’il en existe un, ajoutez-le à un plan d’entretien ou lancez-le depuis une offre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JustifactsSetup</name>
    <message>
        <source>Connection proven</source>
        <translation>Connexion établie</translation>
    </message>
    <message>
        <source>Justifacts answered the ATS with the background-check packages you can add to interview plans:</source>
        <translation>Justifacts a répondu à l’ATS avec les forfaits de vérification d’antécédents que vous pouvez ajouter aux plans d’entretien&#xa0;:</translation>
    </message>
    <message>
        <source>The key is made for the integration partner Justifacts (which also names it) with Read all and Write all. Share it with Justifacts: it is shown only once.</source>
        <translation>La clé est créée pour le partenaire d’intégration Justifacts (qui lui donne aussi son nom) avec Read all et Write all. Transmettez-la à Justifacts&#xa0;: elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <source>Justifacts settings</source>
        <translation>Paramètres Justifacts</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>&lt;p&gt;In each interview plan, add a Justifacts activity to the background-check stage and choose its package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans chaque plan d’entretien, ajoutez une activité Justifacts à l’étape de vérification des antécédents et choisissez son forfait.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Jobs: read</source>
        <translation>Postes&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Jobs: write</source>
        <translation>Postes&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Candidates and applications: read</source>
        <translation>Candidats et candidatures&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Candidates and applications: write</source>
        <translation>Candidats et candidatures&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Candidates: delete</source>
        <translation>Candidats&#xa0;: suppression</translation>
    </message>
    <message>
        <source>Interview plans and stages: read</source>
        <translation>Plans d’entretien et étapes&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Interviews: write</source>
        <translation>Entretiens&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Hiring metadata: read</source>
        <translation>Métadonnées de recrutement&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Hiring metadata: write</source>
        <translation>Métadonnées de recrutement&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Organisation and users: read</source>
        <translation>Organisation et utilisateurs&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Organisation and integrations: write</source>
        <translation>Organisation et intégrations&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Offers: read</source>
        <translation>Offres&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Offers: write</source>
        <translation>Offres&#xa0;: écriture</translation>
    </message>
    <message>
        <source>API keys and webhooks: read</source>
        <translation>Clés API et webhooks&#xa0;: lecture</translation>
    </message>
    <message>
        <source>API keys and webhooks: write</source>
        <translation>Clés API et webhooks&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Approvals: read</source>
        <translation>Approbations&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Approvals: write</source>
        <translation>Approbations&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Reports: read</source>
        <translation>Rapports&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Notetaker: read</source>
        <translation>Notetaker&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Read all</source>
        <translation>Tout lire</translation>
    </message>
    <message>
        <source>Write all</source>
        <translation>Tout écrire</translation>
    </message>
    <message>
        <source>Read and write all</source>
        <translation>Tout lire et écrire</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions</source>
        <translation>
            <numerusform>%n autorisation</numerusform>
            <numerusform>%n autorisations</numerusform>
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
        <translation>Lire les candidats et les candidatures</translation>
    </message>
    <message>
        <source>Change candidates, notes and stages</source>
        <translation>Modifier les candidats, les notes et les étapes</translation>
    </message>
    <message>
        <source>Read jobs</source>
        <translation>Lire les postes</translation>
    </message>
    <message>
        <source>Change jobs</source>
        <translation>Modifier les postes</translation>
    </message>
    <message>
        <source>Read interview plans and stages</source>
        <translation>Lire les plans d’entretien et les étapes</translation>
    </message>
    <message>
        <source>Change interviews</source>
        <translation>Modifier les entretiens</translation>
    </message>
    <message>
        <source>Read custom fields and archive reasons</source>
        <translation>Lire les champs personnalisés et les motifs d’archivage</translation>
    </message>
    <message>
        <source>Read the organisation and users</source>
        <translation>Lire l’organisation et les utilisateurs</translation>
    </message>
    <message>
        <source>Change organisation settings</source>
        <translation>Modifier les paramètres de l’organisation</translation>
    </message>
    <message>
        <source>Read offers</source>
        <translation>Lire les offres</translation>
    </message>
    <message>
        <source>Change offers</source>
        <translation>Modifier les offres</translation>
    </message>
    <message>
        <source>Read API keys and webhooks</source>
        <translation>Lire les clés API et les webhooks</translation>
    </message>
    <message>
        <source>Change API keys and webhooks</source>
        <translation>Modifier les clés API et les webhooks</translation>
    </message>
    <message>
        <source>Read all and write all</source>
        <translation>Tout lire et tout écrire</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Le trousseau ne contient pas ce secret.</translation>
    </message>
    <message>
        <source>This secret has an invalid backend id or name.</source>
        <translation>Ce secret a un identifiant de backend ou un nom invalide.</translation>
    </message>
    <message>
        <source>or keep secrets for this session only.</source>
        <translation>ou conservez les secrets pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No Secret Service is running. Install and start gnome-keyring (or KWallet), %1</source>
        <translation>Aucun Secret Service n’est en cours d’exécution. Installez et démarrez gnome-keyring (ou KWallet), %1</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example in Passwords and Keys) and try again, %1</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (par exemple dans Mots de passe et clés) et réessayez, %1</translation>
    </message>
    <message>
        <source>This system has no supported keychain. Keep secrets for this session only.</source>
        <translation>Ce système n’a pas de trousseau pris en charge. Conservez les secrets pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Le trousseau n’a pas pu supprimer le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer properly (%1). Make sure gnome-keyring (or KWallet) is running and unlocked, %2</source>
        <translation>Le trousseau n’a pas répondu correctement (%1). Assurez-vous que gnome-keyring (ou KWallet) est démarré et déverrouillé, %2</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SoraSetup</name>
    <message>
        <source>Sora reads the candidate, their job and their stage with this key.</source>
        <translation>Sora lit le candidat, son poste et son étape avec cette clé.</translation>
    </message>
    <message>
        <source>Connect Sora</source>
        <translation>Connecter Sora</translation>
    </message>
    <message>
        <source>You need to be in Sora&apos;s Administrators group.</source>
        <translation>Vous devez faire partie du groupe Administrators de Sora.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the API key field.&lt;/li&gt;&lt;li&gt;Toggle the switch to &lt;b&gt;Active&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Sora, ouvrez &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez la clé API ATS dans le champ API key.&lt;/li&gt;&lt;li&gt;Basculez l’interrupteur sur &lt;b&gt;Active&lt;/b&gt; et cliquez sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clé API ATS</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Sora</source>
        <translation>Le faire dans le &amp;Sora simulé</translation>
    </message>
    <message>
        <source>✓ Sora accepted the key; the integration is Active.</source>
        <translation>✓ Sora a accepté la clé&#xa0;; l’intégration est sur Active.</translation>
    </message>
    <message>
        <source>I pasted the key into Sora, set it Active and saved</source>
        <translation>J’ai collé la clé dans Sora, l’ai passée sur Active et enregistré</translation>
    </message>
    <message>
        <source>Asking whether Sora holds a working key…</source>
        <translation>Vérification que Sora détient une clé valide…</translation>
    </message>
    <message>
        <source>Sora is not connected yet.</source>
        <translation>Sora n’est pas encore connecté.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate enters &lt;b&gt;%1&lt;/b&gt;, Sora imports them as an employee and adds them to the &lt;b&gt;%2&lt;/b&gt; workflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lorsqu’un candidat atteint &lt;b&gt;%1&lt;/b&gt;, Sora l’importe comme salarié et l’ajoute au workflow &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listener in Sora</source>
        <translation>Écouteur dans Sora</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint URL</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>ATS webhook</source>
        <translation>Webhook de l’ATS</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivitiesTab</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>+ &amp;New activity</source>
        <translation>+ Nouvelle &amp;activité</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Start another assessment package for this application</source>
        <translation>Lancer un autre forfait d’évaluation pour cette candidature</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>F&amp;orfait&#xa0;:</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Forfait d’évaluation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Activities of this application</source>
        <translation>Activités de cette candidature</translation>
    </message>
    <message>
        <source>+ New activity</source>
        <translation>+ Nouvelle activité</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no candidate activities.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui n’a pas d’activités de candidats.</translation>
    </message>
    <message>
        <source>For the application to %1 at the stage &quot;%2&quot;.</source>
        <translation>Pour la candidature au poste %1, à l’étape «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This candidate has no application, so nothing runs for them.</source>
        <translation>Ce candidat n’a aucune candidature&#xa0;: aucune activité ne peut donc être lancée pour lui.</translation>
    </message>
    <message>
        <source>Activities run for an application; this candidate has none.</source>
        <translation>Les activités se déroulent dans le cadre d’une candidature&#xa0;; ce candidat n’en a aucune.</translation>
    </message>
    <message>
        <source>Candidate activities need a backend with Tessera&apos;s extensions, such as the local sandbox.</source>
        <translation>Les activités des candidats nécessitent un backend doté des extensions de Tessera, comme la sandbox locale.</translation>
    </message>
    <message>
        <source>Loading the activities of %1…</source>
        <translation>Chargement des activités de %1…</translation>
    </message>
    <message>
        <source>No activities at this stage. Activities are partner steps such as a background check or a contract workflow: an admin places them on interview stages in Interview plans, and they appear here when the candidate reaches that stage. You can also start an assessment by hand with + New activity.</source>
        <translation>Aucune activité à cette étape. Les activités sont des actions de partenaires, comme une vérification des antécédents ou un workflow de contrat&#xa0;: un administrateur les place sur les étapes d’entretien dans Plans d’entretien, et elles apparaissent ici lorsque le candidat atteint l’étape correspondante. Vous pouvez aussi lancer une évaluation manuellement avec + Nouvelle activité.</translation>
    </message>
    <message>
        <source>The activities could not be loaded.</source>
        <translation>Impossible de charger les activités.</translation>
    </message>
    <message>
        <source>The activities could not be loaded. %1</source>
        <translation>Impossible de charger les activités. %1</translation>
    </message>
    <message>
        <source>The activities could not be refreshed; what is shown may be out of date. %1</source>
        <translation>Impossible d’actualiser les activités&#xa0;; les informations affichées ne sont peut-être plus à jour. %1</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 reçoit, pour %2, le nom, l’adresse e-mail, le lien vers le profil et le poste «&#xa0;%3&#xa0;», puis lance «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Lancer l’évaluation</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Lancer l’évaluation %1</translation>
    </message>
    <message>
        <source>The packages could not be listed. %1</source>
        <translation>Impossible de lister les forfaits. %1</translation>
    </message>
    <message>
        <source>Asking %1 which packages it offers…</source>
        <translation>Récupération des forfaits de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityCard</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>External workflow</source>
        <translation>Workflow externe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 from %3</source>
        <translation>%1, %2 de %3</translation>
    </message>
    <message>
        <source>%1, %2 from %3, problem: %4</source>
        <translation>%1, %2 de %3, problème&#xa0;: %4</translation>
    </message>
    <message>
        <source>Delete removes it, Alt+Up and Alt+Down reorder it, Ctrl+M moves it to another stage.</source>
        <translation>Suppr la retire, Alt+Flèche haut et Alt+Flèche bas changent sa position, Ctrl+M la déplace vers une autre étape.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Choisir un autre forfait</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Change the workflow&apos;s entry point</source>
        <translation>Modifier le point de départ du workflow</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Changer d’étape…</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Retirer cette activité</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityChart</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 runs and checks (%L4 %)</source>
        <translation>%1&#xa0;: %L2 sur %L3 workflows et vérifications (%L4&#xa0;%)</translation>
    </message>
    <message>
        <source>The runs and checks could not be loaded.</source>
        <translation>Impossible de charger les workflows et vérifications.</translation>
    </message>
    <message>
        <source>Loading the runs and checks…</source>
        <translation>Chargement des workflows et vérifications…</translation>
    </message>
    <message>
        <source>No runs or checks in this period.</source>
        <translation>Aucun workflow ni vérification sur cette période.</translation>
    </message>
    <message>
        <source>%L1 runs and checks: %L2 completed, %L3 failed, %L4 cancelled, %L5 still open; %L6 stuck.</source>
        <translation>Workflows et vérifications&#xa0;: %L1 au total&#xa0;; terminés&#xa0;: %L2, échoués&#xa0;: %L3, annulés&#xa0;: %L4, en cours&#xa0;: %L5&#xa0;; bloqués&#xa0;: %L6.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Pas à jour&#xa0;: la dernière actualisation a échoué. %1</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Workflows et vérifications par statut</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>Ne peut pas être une activité&#xa0;: ce workflow est lancé depuis une offre.</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Cette console</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
</context>
<context>
    <name>Tessera::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Clé sélectionnée</translation>
    </message>
    <message>
        <source>Keys that partners and scripts use to reach the ATS. A key&apos;s secret is shown once, when it is created.</source>
        <translation>Les clés que les partenaires et les scripts utilisent pour accéder à l’ATS. Le secret d’une clé n’est affiché qu’une fois, à sa création.</translation>
    </message>
    <message>
        <source>The key was revoked.</source>
        <translation>La clé a été révoquée.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Chargement des clés API…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. See the message above.</source>
        <translation>Impossible de charger les clés API. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>No API keys yet. Create one for each partner or script that needs to reach the ATS.</source>
        <translation>Aucune clé API pour l’instant. Créez-en une pour chaque partenaire ou script qui doit accéder à l’ATS.</translation>
    </message>
    <message>
        <source>Select a key to see its permissions.</source>
        <translation>Sélectionnez une clé pour voir ses autorisations.</translation>
    </message>
    <message>
        <source>%1 — permissions: %2. Used by: %3.</source>
        <translation>%1 — autorisations&#xa0;: %2. Utilisée par&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé API</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>Révoquer la clé «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Tessera cannot tell what uses this key. Anything that uses it stops working at once. This cannot be undone.</source>
        <translation>Tessera ne peut pas savoir ce qui utilise cette clé. Tout ce qui l’utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>No integration uses this key. Scripts that use it stop working at once. This cannot be undone.</source>
        <translation>Aucune intégration n’utilise cette clé. Les scripts qui l’utilisent cessent immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>These integrations use this key and stop working at once: %1. Give them a new key first. This cannot be undone.</source>
        <translation>Ces intégrations utilisent cette clé et cessent immédiatement de fonctionner&#xa0;: %1. Donnez-leur d’abord une nouvelle clé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Tessera itself uses this key: after revoking it, this console loses access to the backend until you give it a new key.</source>
        <translation>Tessera utilise lui-même cette clé&#xa0;: une fois révoquée, cette console perd l’accès au backend jusqu’à ce que vous lui donniez une nouvelle clé.</translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation>&amp;Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
</context>
<context>
    <name>Tessera::ApplicationActivities</name>
    <message>
        <source>No enabled integration runs assessments. Enable Justifacts in the Marketplace, then try again.</source>
        <translation>Aucune intégration activée ne lance d’évaluations. Activez Justifacts dans la marketplace, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Tessera::ApplicationsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Job / stage</source>
        <translation>Poste / étape</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until / updated</source>
        <translation>Jusqu’au / mise à jour</translation>
    </message>
</context>
<context>
    <name>Tessera::ArchiveReasonsModel</name>
    <message>
        <source>Rejected by the organisation</source>
        <translation>Refusé par l’organisation</translation>
    </message>
    <message>
        <source>Rejected by the candidate</source>
        <translation>Refusé par le candidat</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
</context>
<context>
    <name>Tessera::AtsKeyPage</name>
    <message>
        <source>&amp;Create API key</source>
        <translation>&amp;Créer la clé API</translation>
    </message>
    <message>
        <source>Create the ATS API key</source>
        <translation>Créer la clé API ATS</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>&amp;Nom de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Integration partner:</source>
        <translation>Partenaire d’intégration&#xa0;:</translation>
    </message>
    <message>
        <source>(left blank, as %1 asks)</source>
        <translation>(laissé vide, comme le demande %1)</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created.</source>
        <translation>La clé n’est affichée qu’une fois, juste après sa création.</translation>
    </message>
    <message>
        <source>The key “%1” was created earlier. It is not shown again; revoke it on the API keys page if it was lost.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a déjà été créée. Elle n’est plus affichée&#xa0;; révoquez-la sur la page Clés API si elle a été perdue.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. Tessera keeps it in the system keychain for this setup.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée. Elle n’est affichée que cette fois&#xa0;: copiez-la maintenant. Tessera la conserve dans le trousseau du système pour cette configuration.</translation>
    </message>
    <message>
        <source>New ATS API key</source>
        <translation>Nouvelle clé API ATS</translation>
    </message>
    <message>
        <source>What %1 may do with this key</source>
        <translation>Ce que %1 peut faire avec cette clé</translation>
    </message>
    <message>
        <source>Create ATS API key</source>
        <translation>Créer une clé API ATS</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée. Elle n’est affichée que cette fois&#xa0;: copiez-la maintenant.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. The system keychain did not take it, so a resumed setup cannot show it again.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée. Elle n’est affichée que cette fois&#xa0;: copiez-la maintenant. Le trousseau du système ne l’a pas acceptée&#xa0;: une configuration reprise plus tard ne pourra pas la réafficher.</translation>
    </message>
</context>
<context>
    <name>Tessera::BackendContext</name>
    <message>
        <source>Syncing candidates</source>
        <translation>Synchronisation des candidats</translation>
    </message>
    <message>
        <source>Syncing applications</source>
        <translation>Synchronisation des candidatures</translation>
    </message>
    <message>
        <source>Refreshing jobs, plans and stages</source>
        <translation>Actualisation des postes, plans et étapes</translation>
    </message>
</context>
<context>
    <name>Tessera::BusySpinner</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateActivityCard</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Laisser en cours</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Voir le résultat</translation>
    </message>
    <message>
        <source>For example: the candidate withdrew</source>
        <translation>Par exemple&#xa0;: le candidat s’est désisté</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>%1 has not reported for %2. Check the candidate in %1, or cancel and start again.</source>
        <translation>%1 n’a rien signalé depuis %2. Vérifiez où en est le candidat dans %1, ou annulez et relancez.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>&amp;Start workflow</source>
        <translation>&amp;Lancer le workflow</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translation>&amp;Lancer l’évaluation</translation>
    </message>
    <message>
        <source>Start workflow %1</source>
        <translation>Lancer le workflow %1</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Lancer l’évaluation %1</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>View result of %1</source>
        <translation>Voir le résultat de %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Lancer le workflow</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Lancer l’évaluation</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Confirmer&#xa0;: lancer %1</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 reçoit, pour %2, le nom, l’adresse e-mail, le lien vers le profil et le poste «&#xa0;%3&#xa0;», puis lance «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>le candidat</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled? %1 is told this reason.</source>
        <translation>&amp;Pourquoi annuler&#xa0;? Ce motif est communiqué à %1.</translation>
    </message>
    <message>
        <source>Reason for cancelling %1</source>
        <translation>Motif de l’annulation de %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel workflow</source>
        <translation>Annuler le workflow</translation>
    </message>
    <message>
        <source>Cancel assessment</source>
        <translation>Annuler l’évaluation</translation>
    </message>
    <message>
        <source>Confirm: cancel %1</source>
        <translation>Confirmer&#xa0;: annuler %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Motif de l’annulation&#xa0;: %1</translation>
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
        <translation>%1 indique «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>From the interview plan</source>
        <translation>Prévue par le plan d’entretien</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Chargement des champs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Check the fields above: %1 receives them and starts &quot;%2&quot; for %3.</source>
        <translation>Vérifiez les champs ci-dessus&#xa0;: %1 les reçoit et lance «&#xa0;%2&#xa0;» pour %3.</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Entretien vidéo</translation>
    </message>
    <message>
        <source>View response</source>
        <translation>Voir la réponse</translation>
    </message>
    <message>
        <source>View response to %1</source>
        <translation>Voir la réponse à %1</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due %2</source>
        <translation>%1 vérifiera à sa prochaine synchronisation, prévue à %2</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due now</source>
        <translation>%1 vérifiera à sa prochaine synchronisation, prévue maintenant</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateDetailPane</name>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>&amp;Changer d’étape…</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Détails du candidat</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Changer d’étape</translation>
    </message>
    <message>
        <source>Move an application of this candidate to another stage (Alt+M)</source>
        <translation>Faire passer une candidature de ce candidat à une autre étape (Alt+M)</translation>
    </message>
    <message>
        <source>Select a candidate to see their applications, notes and offers.</source>
        <translation>Sélectionnez un candidat pour voir ses candidatures, notes et offres.</translation>
    </message>
    <message>
        <source>The note was not saved. %1 Your text is still in the editor.</source>
        <translation>La note n’a pas été enregistrée. %1 Votre texte est toujours dans l’éditeur.</translation>
    </message>
    <message>
        <source>The candidate could not be loaded. %1</source>
        <translation>Impossible de charger le candidat. %1</translation>
    </message>
    <message>
        <source>%1 could not be loaded. %2</source>
        <translation>Impossible de charger %1. %2</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Chargement du candidat…</translation>
    </message>
    <message>
        <source>Loading applications, notes and offers of %1…</source>
        <translation>Chargement des candidatures, notes et offres de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateHeader</name>
    <message>
        <source>Candidate name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-mail et téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>No email or phone on file</source>
        <translation>Aucun e-mail ni téléphone enregistré</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Aucune candidature pour l’instant</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Ouvre %1 dans le navigateur</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateListPane</name>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Candidate count</source>
        <translation>Nombre de candidats</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidat</translation>
    </message>
    <message>
        <source>%L1 candidates</source>
        <translation>%L1 candidats</translation>
    </message>
    <message>
        <source>1 of %L1 matches</source>
        <translation>1 résultat sur %L1</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 résultats sur %L2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 of %L2</source>
        <translation>Chargement des candidats… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 so far</source>
        <translation>Chargement des candidats… %L1 pour l’instant</translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation>Chargement des candidats…</translation>
    </message>
    <message>
        <source>Loading stages and jobs…</source>
        <translation>Chargement des étapes et des postes…</translation>
    </message>
    <message>
        <source>No candidates yet. They appear here as soon as someone applies or is added in the ATS.</source>
        <translation>Aucun candidat pour l’instant. Ils apparaissent ici dès qu’une personne postule ou est ajoutée dans l’ATS.</translation>
    </message>
    <message>
        <source>Candidates could not be loaded. See the message above.</source>
        <translation>Impossible de charger les candidats. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Candidates load once Tessera is connected to a backend.</source>
        <translation>Les candidats se chargent dès que Tessera est connecté à un backend.</translation>
    </message>
    <message>
        <source>No candidate matches “%1”.</source>
        <translation>Aucun candidat ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
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
        <translation>Candidats</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateTabs</name>
    <message>
        <source>No offers for this candidate.</source>
        <translation>Aucune offre pour ce candidat.</translation>
    </message>
    <message>
        <source>This candidate has not applied to any job yet.</source>
        <translation>Ce candidat n’a encore postulé à aucun poste.</translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation>Sections du candidat</translation>
    </message>
    <message>
        <source>Applications and stage history</source>
        <translation>Candidatures et historique des étapes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Appli&amp;cations (%L1)</source>
        <translation>&amp;Candidatures (%L1)</translation>
    </message>
    <message>
        <source>Appli&amp;cations</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>&amp;Notes (%L1)</source>
        <translation>&amp;Notes (%L1)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>O&amp;ffers (%L1)</source>
        <translation>O&amp;ffres (%L1)</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>O&amp;ffres</translation>
    </message>
    <message>
        <source>Ac&amp;tivities (%L1)</source>
        <translation>Ac&amp;tivités (%L1)</translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>Ac&amp;tivités</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesView</name>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Rechercher des candidats</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Rechercher par nom ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters as you type. Enter also searches the server for candidates that are not synced yet.</source>
        <translation>Filtre au fil de la saisie. Entrée cherche aussi sur le serveur les candidats pas encore synchronisés.</translation>
    </message>
    <message>
        <source>searching the server…</source>
        <translation>recherche sur le serveur…</translation>
    </message>
    <message>
        <source>none more on the server</source>
        <translation>aucun autre sur le serveur</translation>
    </message>
    <message>
        <source>1 found on the server</source>
        <translation>1 trouvé sur le serveur</translation>
    </message>
    <message>
        <source>%L1 found on the server</source>
        <translation>%L1 trouvés sur le serveur</translation>
    </message>
</context>
<context>
    <name>Tessera::CaptureRunner</name>
    <message>
        <source>Employment contract (UK)</source>
        <translation>Contrat de travail (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Contractor agreement</source>
        <translation>Contrat de prestation</translation>
    </message>
    <message>
        <source>Offer NDA</source>
        <translation>Accord de confidentialité (offre)</translation>
    </message>
</context>
<context>
    <name>Tessera::CheckedPage</name>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectDialog</name>
    <message>
        <source>Try the local sandbox</source>
        <translation>Essayer la sandbox locale</translation>
    </message>
    <message>
        <source>Connect to a backend</source>
        <translation>Se connecter à un backend</translation>
    </message>
    <message>
        <source>Allow insecure connection (http:// to another machine)</source>
        <translation>Autoriser une connexion non sécurisée (http:// vers une autre machine)</translation>
    </message>
    <message>
        <source>Connect Tessera</source>
        <translation>Connecter Tessera</translation>
    </message>
    <message>
        <source>Tessera manages the integrations of an applicant tracking system. Start with the local sandbox — a complete demo organisation on this computer — or connect to your backend.</source>
        <translation>Tessera gère les intégrations d’un logiciel de suivi des candidatures (ATS). Commencez avec la sandbox locale — une organisation de démonstration complète sur cet ordinateur — ou connectez-vous à votre backend.</translation>
    </message>
    <message>
        <source>No account needed. Data stays on this computer.</source>
        <translation>Aucun compte nécessaire. Les données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>e.g. Production ATS</source>
        <translation>par ex. ATS de production</translation>
    </message>
    <message>
        <source>Backend name</source>
        <translation>Nom du backend</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Adresse du backend</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>The key is checked with the backend, then kept only in your system keychain.</source>
        <translation>La clé est vérifiée auprès du backend, puis conservée uniquement dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Paste the API key that your ATS administrator created for Tessera.</source>
        <translation>Collez la clé API que l’administrateur de votre ATS a créée pour Tessera.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectionIndicator</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: %1 (sandbox) · plan %2</source>
        <translation>Connecté&#xa0;: %1 (sandbox) · formule %2</translation>
    </message>
    <message>
        <source>Connected: %1 · plan %2</source>
        <translation>Connecté&#xa0;: %1 · formule %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ConsoleController</name>
    <message numerus="yes">
        <source>%1 Retrying in %n s (attempt %2)…</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n&#xa0;s (tentative %2)…</numerusform>
            <numerusform>%1 Nouvel essai dans %n&#xa0;s (tentative %2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>La sandbox intégrée n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <source>Tessera console (embedded sandbox)</source>
        <translation>Console Tessera (sandbox intégrée)</translation>
    </message>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <source>%1 rejected Tessera&apos;s API key: it was revoked or deleted. Create a new key in your ATS and reconnect.</source>
        <translation>%1 a refusé la clé API de Tessera&#xa0;: elle a été révoquée ou supprimée. Créez une nouvelle clé dans votre ATS et reconnectez-vous.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>Tessera never writes API keys to disk in clear text. You can keep this key in memory until Tessera quits instead.</source>
        <translation>Tessera n’écrit jamais de clé API en clair sur le disque. Vous pouvez plutôt garder cette clé en mémoire jusqu’à la fermeture de Tessera.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Garder pour cette session uniquement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Tessera is not connected to a backend. Press Retry to connect, or choose a backend in Settings.</source>
        <translation>Tessera n’est connecté à aucun backend. Cliquez sur Réessayer pour vous connecter, ou choisissez un backend dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>Tessera::CreateApiKeyDialog</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>C&amp;réer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>None — a key for your own scripts</source>
        <translation>Aucun — une clé pour vos propres scripts</translation>
    </message>
    <message>
        <source>Integration partner</source>
        <translation>Partenaire d’intégration</translation>
    </message>
    <message>
        <source>Key title</source>
        <translation>Titre de la clé</translation>
    </message>
    <message>
        <source>e.g. Payroll export</source>
        <translation>par ex. Export paie</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Pe&amp;rmissions:</source>
        <translation>A&amp;utorisations&#xa0;:</translation>
    </message>
    <message>
        <source>Another key is being created. Try again in a moment.</source>
        <translation>Une autre clé est en cours de création. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>The key is being created; its secret shows here in a moment, once only.</source>
        <translation>La clé est en cours de création&#xa0;; son secret s’affiche ici dans un instant, une seule fois.</translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Integrations and webhook deliveries</source>
        <translation>Intégrations et livraisons de webhooks</translation>
    </message>
    <message>
        <source>The health of every enabled integration, and what to do when one is not working.</source>
        <translation>L’état de chaque intégration activée, et que faire quand l’une d’elles ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Check every integration again (F5)</source>
        <translation>Vérifier à nouveau toutes les intégrations (F5)</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Livraisons de webhooks</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>The integrations&apos; health could not be loaded. Retry above once the backend answers again.</source>
        <translation>Impossible de charger l’état des intégrations. Réessayez ci-dessus dès que le backend répondra de nouveau.</translation>
    </message>
    <message>
        <source>No integration is enabled yet, so there is nothing to watch. Enable one in the marketplace.</source>
        <translation>Aucune intégration n’est encore activée&#xa0;: il n’y a donc rien à surveiller. Activez-en une dans la marketplace.</translation>
    </message>
    <message>
        <source>Open marketplace</source>
        <translation>Ouvrir la marketplace</translation>
    </message>
    <message>
        <source>Checking the integrations…</source>
        <translation>Vérification des intégrations…</translation>
    </message>
    <message numerus="yes">
        <source>%1 started failing. Its card says why and how to fix it.</source>
        <translation>
            <numerusform>%1 ne fonctionne plus. Sa carte indique pourquoi et comment y remédier.</numerusform>
            <numerusform>%1 ne fonctionnent plus. Leurs cartes indiquent pourquoi et comment y remédier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera: integration failing</source>
        <translation>Tessera&#xa0;: intégration en échec</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Workflows et vérifications par statut</translation>
    </message>
    <message>
        <source>Period of the delivery and activity charts</source>
        <translation>Période des graphiques de livraisons et d’activités</translation>
    </message>
</context>
<context>
    <name>Tessera::DataAgeLabel</name>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l’instant</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Mis à jour il y a %1&#xa0;s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Mis à jour il y a %1&#xa0;min</translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation>Mis à jour il y a %1&#xa0;h</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Mis à jour il y a %n jour</numerusform>
            <numerusform>Mis à jour il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Chargement impossible</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Refresh failed · %1</source>
        <translation>Échec de l’actualisation · %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour %1</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryChart</name>
    <message>
        <source>%L1 ms</source>
        <translation>%L1&#xa0;ms</translation>
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
%L2 livrées, %L3 échouées
Latence p95&#xa0;: %4</translation>
    </message>
    <message>
        <source>Delivered (%)</source>
        <translation>Livrées (%)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>Latence p95 (ms)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrées</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded.</source>
        <translation>Impossible de charger les chiffres des livraisons.</translation>
    </message>
    <message>
        <source>Loading the delivery figures…</source>
        <translation>Chargement des chiffres des livraisons…</translation>
    </message>
    <message>
        <source>No webhook deliveries in this period.</source>
        <translation>Aucune livraison de webhook sur cette période.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deliveries succeeded (%L3 %), %L4 failed; p95 latency %5.</source>
        <translation>Livraisons réussies&#xa0;: %L1 sur %L2 (%L3&#xa0;%), échouées&#xa0;: %L4&#xa0;; latence p95&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Pas à jour&#xa0;: la dernière actualisation a échoué. %1</translation>
    </message>
    <message>
        <source>Webhook deliveries over time</source>
        <translation>Évolution des livraisons de webhooks</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetail</name>
    <message>
        <source>This connection has no keychain, so the secret was used once and not remembered.</source>
        <translation>Cette connexion n’a pas de trousseau&#xa0;: le secret a été utilisé une seule fois, sans être mémorisé.</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetailDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s secret first.</source>
        <translation>Collez d’abord le secret du webhook.</translation>
    </message>
    <message>
        <source>The secret was used for this check but could not be remembered: %1</source>
        <translation>Le secret a servi à cette vérification mais n’a pas pu être mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the delivery…</source>
        <translation>Chargement de la livraison…</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>aucune réponse HTTP</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1&#xa0;ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 to %2 at %3 — attempt %4. Answer: %5 after %6.%7</source>
        <translation>%1 vers %2 le %3 — tentative %4. Réponse&#xa0;: %5 après %6.%7</translation>
    </message>
    <message>
        <source>The backend recorded no headers for this attempt.</source>
        <translation>Le backend n’a enregistré aucun en-tête pour cette tentative.</translation>
    </message>
    <message>
        <source>Status: %1
Latency: %2

%3</source>
        <translation>Statut&#xa0;: %1
Latence&#xa0;: %2

%3</translation>
    </message>
    <message>
        <source>Signature matches: the body is what was signed with this secret.</source>
        <translation>La signature correspond&#xa0;: le corps est bien celui qui a été signé avec ce secret.</translation>
    </message>
    <message>
        <source>Signature does not match — the body was changed or the secret differs.</source>
        <translation>La signature ne correspond pas — le corps a été modifié ou le secret est différent.</translation>
    </message>
    <message>
        <source>This attempt was logged without its headers, so there is no signature to check.</source>
        <translation>Cette tentative a été journalisée sans ses en-têtes&#xa0;: il n’y a donc aucune signature à vérifier.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this webhook (it was created outside this console). Paste its secret token to check the signature; it is not shown or logged.</source>
        <translation>Le trousseau ne contient aucun secret pour ce webhook (il a été créé en dehors de cette console). Collez son jeton secret pour vérifier la signature&#xa0;; il n’est ni affiché ni journalisé.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1 Paste the webhook&apos;s secret token to check the signature instead.</source>
        <translation>Impossible de lire le secret dans le trousseau&#xa0;: %1 Collez plutôt le jeton secret du webhook pour vérifier la signature.</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Détails de la livraison</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>&amp;En-têtes de la requête</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Payload as sent, formatted</source>
        <translation>Contenu tel qu’envoyé, mis en forme</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Response status, latency and body</source>
        <translation>Statut, latence et corps de la réponse</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>Co&amp;pier le contenu</translation>
    </message>
    <message>
        <source>Copy the payload to the clipboard</source>
        <translation>Copier le contenu dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>Vérifier la &amp;signature</translation>
    </message>
    <message>
        <source>Verify the signature with the webhook&apos;s secret</source>
        <translation>Vérifier la signature avec le secret du webhook</translation>
    </message>
    <message>
        <source>Webhook secret token</source>
        <translation>Jeton secret du webhook</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keychain for this webhook</source>
        <translation>&amp;Mémoriser dans le trousseau pour ce webhook</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Vérif&amp;ier</translation>
    </message>
    <message>
        <source>Check the signature with this secret</source>
        <translation>Vérifier la signature avec ce secret</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Redeliver this delivery</source>
        <translation>Renvoyer cette livraison</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Tessera::EnableWizard</name>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Resume setting up %1?</source>
        <translation>Reprendre la configuration de %1&#xa0;?</translation>
    </message>
    <message>
        <source>You started setting up %1 earlier and closed the wizard midway. Resume where you left off, or start over?</source>
        <translation>Vous avez commencé à configurer %1 et fermé l’assistant en cours de route. Reprendre là où vous vous êtes arrêté, ou recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>Stop setting up %1?</source>
        <translation>Arrêter la configuration de %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Keep setting up</source>
        <translation>&amp;Continuer la configuration</translation>
    </message>
    <message>
        <source>What you entered is kept and you can resume from the marketplace. Keys and secrets are kept only in the system keychain.</source>
        <translation>Ce que vous avez saisi est conservé et vous pourrez reprendre depuis la marketplace. Les clés et secrets sont conservés uniquement dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowDialog</name>
    <message>
        <source>&amp;Open its field mapping next</source>
        <translation>&amp;Ouvrir ensuite sa correspondance des champs</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;reate workflow</source>
        <translation>C&amp;réer le workflow</translation>
    </message>
    <message>
        <source>Edit Juro workflow</source>
        <translation>Modifier le workflow Juro</translation>
    </message>
    <message>
        <source>New Juro workflow</source>
        <translation>Nouveau workflow Juro</translation>
    </message>
    <message>
        <source>Workflow title</source>
        <translation>Titre du workflow</translation>
    </message>
    <message>
        <source>e.g. Employment contract (UK)</source>
        <translation>par ex. Contrat de travail (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Recruiters start it as an activity on an interview plan stage.</source>
        <translation>Les recruteurs le lancent comme activité à une étape d’un plan d’entretien.</translation>
    </message>
    <message>
        <source>Recruiters start it from a candidate&apos;s offer.</source>
        <translation>Les recruteurs le lancent depuis l’offre d’un candidat.</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Modèle Juro</translation>
    </message>
    <message>
        <source>The template cannot change: it decides the workflow&apos;s field mapping. Create a new workflow for another template.</source>
        <translation>Le modèle ne peut pas changer&#xa0;: il détermine la correspondance des champs du workflow. Créez un nouveau workflow pour un autre modèle.</translation>
    </message>
    <message>
        <source>Workflows on the same template share its field mapping.</source>
        <translation>Les workflows basés sur le même modèle partagent sa correspondance des champs.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>Lancé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Juro t&amp;emplate:</source>
        <translation>&amp;Modèle Juro&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give the workflow a title recruiters will recognise, e.g. &quot;Employment contract (UK)&quot;.</source>
        <translation>Donnez au workflow un titre que les recruteurs reconnaîtront, par ex. «&#xa0;Contrat de travail (Royaume-Uni)&#xa0;».</translation>
    </message>
    <message>
        <source>Someone else changed this workflow while you were editing it; the list now shows their version. Press Save to replace it with yours, or Cancel to keep theirs.</source>
        <translation>Quelqu’un d’autre a modifié ce workflow pendant que vous le modifiiez&#xa0;; la liste affiche maintenant sa version. Cliquez sur Enregistrer pour la remplacer par la vôtre, ou sur Annuler pour garder la sienne.</translation>
    </message>
    <message>
        <source>Someone else deleted this workflow while you were editing it. Press Create workflow to add it again with your changes, or Cancel.</source>
        <translation>Quelqu’un d’autre a supprimé ce workflow pendant que vous le modifiiez. Cliquez sur Créer le workflow pour l’ajouter à nouveau avec vos modifications, ou sur Annuler.</translation>
    </message>
    <message>
        <source>Saving the workflow…</source>
        <translation>Enregistrement du workflow…</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Lancé depuis</translation>
    </message>
    <message>
        <source>Someone else changed this workflow; loading their version…</source>
        <translation>Quelqu’un d’autre a modifié ce workflow&#xa0;; chargement de sa version…</translation>
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
        <translation>Lancé depuis</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Modèle Juro</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>An interview plan activity</source>
        <translation>Une activité de plan d’entretien</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Une offre</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsPane</name>
    <message>
        <source>Juro workflows</source>
        <translation>Workflows Juro</translation>
    </message>
    <message>
        <source>&amp;New workflow…</source>
        <translation>&amp;Nouveau workflow…</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected workflow&apos;s field mapping, F2 to edit the workflow.</source>
        <translation>Entrée modifie la correspondance des champs du workflow sélectionné, F2 modifie le workflow.</translation>
    </message>
    <message>
        <source>New workflow…</source>
        <translation>Nouveau workflow…</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nouveau workflow</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Développé</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Réduit</translation>
    </message>
    <message numerus="yes">
        <source>Juro workflows (%n)</source>
        <translation>
            <numerusform>Workflows Juro (%n)</numerusform>
            <numerusform>Workflows Juro (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading Juro&apos;s workflows…</source>
        <translation>Chargement des workflows de Juro…</translation>
    </message>
    <message>
        <source>Juro&apos;s workflows could not be loaded.</source>
        <translation>Impossible de charger les workflows de Juro.</translation>
    </message>
    <message>
        <source>No workflows yet. A workflow lets recruiters start a Juro contract from an interview plan activity or from an offer, filled from the ATS through its template&apos;s field mapping.</source>
        <translation>Aucun workflow pour l’instant. Un workflow permet aux recruteurs de lancer un contrat Juro depuis une activité de plan d’entretien ou depuis une offre, rempli à partir de l’ATS grâce à la correspondance des champs de son modèle.</translation>
    </message>
    <message>
        <source>No workflow uses the %1 template yet; its mapping below applies once one does.</source>
        <translation>Aucun workflow n’utilise encore le modèle %1&#xa0;; la correspondance ci-dessous s’appliquera dès qu’un workflow l’utilisera.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 mapping below fills %2.</source>
        <translation>
            <numerusform>La correspondance %1 ci-dessous remplit %2.</numerusform>
            <numerusform>La correspondance %1 ci-dessous remplit %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the workflow “%1”? Recruiters can no longer start it.</source>
        <translation>Supprimer le workflow «&#xa0;%1&#xa0;»&#xa0;? Les recruteurs ne pourront plus le lancer.</translation>
    </message>
    <message numerus="yes">
        <source>Its template&apos;s field mapping stays: %n other workflow(s) use it.</source>
        <translation>
            <numerusform>La correspondance des champs de son modèle est conservée&#xa0;: %n autre workflow l’utilise.</numerusform>
            <numerusform>La correspondance des champs de son modèle est conservée&#xa0;: %n autres workflows l’utilisent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its template&apos;s field mapping stays for a later workflow.</source>
        <translation>La correspondance des champs de son modèle est conservée pour un futur workflow.</translation>
    </message>
    <message>
        <source>Delete the workflow?</source>
        <translation>Supprimer le workflow&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit wor&amp;kflow…</source>
        <translation>Modifier le wor&amp;kflow…</translation>
    </message>
    <message>
        <source>De&amp;lete workflow</source>
        <translation>Supprim&amp;er le workflow</translation>
    </message>
    <message>
        <source>Edit field mapp&amp;ing</source>
        <translation>Modifier la correspondance des c&amp;hamps</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
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
        <translation>Échouée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1&#xa0;ms</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Integration or webhook</source>
        <translation>Intégration ou webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code de statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
</context>
<context>
    <name>Tessera::FailureReasons</name>
    <message>
        <source>Redirected (HTTP 3xx)</source>
        <translation>Redirigée (HTTP 3xx)</translation>
    </message>
    <message>
        <source>Rejected (HTTP 4xx)</source>
        <translation>Refusée (HTTP 4xx)</translation>
    </message>
    <message>
        <source>Server error (HTTP 5xx)</source>
        <translation>Erreur serveur (HTTP 5xx)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>Tessera::FailuresPanel</name>
    <message>
        <source>in the last 24 hours</source>
        <translation>au cours des 24 dernières heures</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>au cours des 7 derniers jours</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>Loading failed deliveries…</source>
        <translation>Chargement des livraisons échouées…</translation>
    </message>
    <message>
        <source>The failed deliveries could not be loaded. Retry above once the backend answers again.</source>
        <translation>Impossible de charger les livraisons échouées. Réessayez ci-dessus dès que le backend répondra de nouveau.</translation>
    </message>
    <message>
        <source>No delivery failed %1 with these filters. Widen the period or clear a filter to see more.</source>
        <translation>Aucune livraison n’a échoué %1 avec ces filtres. Élargissez la période ou retirez un filtre pour en voir davantage.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; loading more…</source>
        <translation>
            <numerusform>%n livraison échouée affichée&#xa0;; chargement de la suite…</numerusform>
            <numerusform>%n livraisons échouées affichées&#xa0;; chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n livraison échouée affichée&#xa0;; faites défiler vers le bas pour en voir plus.</numerusform>
            <numerusform>%n livraisons échouées affichées&#xa0;; faites défiler vers le bas pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; that is all %1.</source>
        <translation>
            <numerusform>%n livraison échouée affichée&#xa0;; il n’y en a pas d’autre %1.</numerusform>
            <numerusform>%n livraisons échouées affichées&#xa0;; il n’y en a pas d’autres %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Livraisons échouées</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Toutes les intégrations</translation>
    </message>
    <message>
        <source>Filter by integration</source>
        <translation>Filtrer par intégration</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Tous les webhooks</translation>
    </message>
    <message>
        <source>Filter by webhook</source>
        <translation>Filtrer par webhook</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Filter by event</source>
        <translation>Filtrer par événement</translation>
    </message>
    <message>
        <source>Failed, no retry coming</source>
        <translation>Échouées, sans nouvel essai</translation>
    </message>
    <message>
        <source>Failed, will be retried</source>
        <translation>Échouées, nouvel essai prévu</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>In the last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Period of the failed deliveries</source>
        <translation>Période des livraisons échouées</translation>
    </message>
    <message>
        <source>Text in the response…</source>
        <translation>Texte dans la réponse…</translation>
    </message>
    <message>
        <source>Filter by text in the response</source>
        <translation>Filtrer par texte dans la réponse</translation>
    </message>
    <message>
        <source>Failed deliveries, newest first</source>
        <translation>Livraisons échouées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show the selected delivery&apos;s details</source>
        <translation>Afficher les détails de la livraison sélectionnée</translation>
    </message>
    <message>
        <source>Redeliver &amp;selected</source>
        <translation>Renvoyer la sé&amp;lection</translation>
    </message>
    <message>
        <source>Redeliver the selected deliveries</source>
        <translation>Renvoyer les livraisons sélectionnées</translation>
    </message>
    <message>
        <source>Redeliver &amp;all matching</source>
        <translation>Renvoyer tout ce qui &amp;correspond</translation>
    </message>
    <message>
        <source>Redeliver every delivery that matches the filters</source>
        <translation>Renvoyer toutes les livraisons qui correspondent aux filtres</translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation>%1 · %L2</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed, so these rows may be out of date. %1</source>
        <translation>Pas à jour&#xa0;: la dernière actualisation a échoué, ces lignes peuvent être périmées. %1</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>Toutes les causes d’échec</translation>
    </message>
    <message>
        <source>Filter by failure reason</source>
        <translation>Filtrer par cause d’échec</translation>
    </message>
    <message>
        <source>The counts are the failures of the delivery chart&apos;s period.</source>
        <translation>Les nombres comptent les échecs de la période du graphique des livraisons.</translation>
    </message>
</context>
<context>
    <name>Tessera::FieldMappingsView</name>
    <message>
        <source>Field mappings</source>
        <translation>Correspondances des champs</translation>
    </message>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Oui, restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Integration and target</source>
        <translation>Intégration et cible</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Ignorer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes to this mapping from an earlier session. Restore them?</source>
        <translation>Cette correspondance comporte des modifications non enregistrées d’une session précédente. Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Target fields</source>
        <translation>Champs ci&amp;bles</translation>
    </message>
    <message>
        <source>Target fields</source>
        <translation>Champs cibles</translation>
    </message>
    <message>
        <source>Press Enter to map the selected source field here, Delete to remove a mapping.</source>
        <translation>Entrée associe ici le champ source sélectionné, Suppr retire une association.</translation>
    </message>
    <message>
        <source>Map &amp;to…</source>
        <translation>Associer &amp;à…</translation>
    </message>
    <message>
        <source>&amp;Remove mapping</source>
        <translation>&amp;Retirer l’association</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Default mapping (not saved yet)</source>
        <translation>Correspondance par défaut (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Choose a mapping above.</source>
        <translation>Choisissez une correspondance ci-dessus.</translation>
    </message>
    <message>
        <source>Loading the %1 mapping…</source>
        <translation>Chargement de la correspondance %1…</translation>
    </message>
    <message>
        <source>The mapping could not be loaded.</source>
        <translation>Impossible de charger la correspondance.</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Choisissez un champ cible pour modifier la mise en forme de sa valeur.</translation>
    </message>
    <message>
        <source>%1 is not mapped. Map a source field to it, or add a Constant, Default or Join transform.</source>
        <translation>%1 n’est pas associé. Associez-lui un champ source, ou ajoutez une transformation Constante, Valeur par défaut ou Concaténer.</translation>
    </message>
    <message>
        <source>Transforms for %1 (no source field)</source>
        <translation>Transformations de %1 (sans champ source)</translation>
    </message>
    <message>
        <source>Transforms for %1, from %2</source>
        <translation>Transformations de %1, depuis %2</translation>
    </message>
    <message>
        <source>Select a source field on the left first, then press Enter on the target field.</source>
        <translation>Sélectionnez d’abord un champ source à gauche, puis appuyez sur Entrée sur le champ cible.</translation>
    </message>
    <message>
        <source>Map %1 to</source>
        <translation>Associer %1 à</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (actuellement %2)</translation>
    </message>
    <message>
        <source>Replace the mapping?</source>
        <translation>Remplacer l’association&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is already mapped from %2. Replace that mapping?</source>
        <translation>%1 est déjà associé à %2. Remplacer cette association&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Some source fields changed since this mapping was saved; their rows are marked in the Source column. %1</source>
        <translation>Certains champs source ont changé depuis l’enregistrement de cette correspondance&#xa0;; leurs lignes sont signalées dans la colonne Source. %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No mapping targets yet — enable an integration in the Marketplace.</source>
        <translation>Aucun champ cible pour l’instant — activez une intégration dans la marketplace.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Ouvrir la marketplace</translation>
    </message>
    <message>
        <source>&amp;Map the selected source here</source>
        <translation>&amp;Associer ici la source sélectionnée</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Suggérer des associations</translation>
    </message>
    <message>
        <source>Map the unmapped target fields whose names match a source field, in one step that Undo takes back</source>
        <translation>Associe en une seule étape, annulable, les champs cibles non associés dont le nom correspond à un champ source</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Plus d’actions de correspondance</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Toutes les modifications sont enregistrées · version %1</translation>
    </message>
    <message>
        <source>Loading the integrations…</source>
        <translation>Chargement des intégrations…</translation>
    </message>
    <message>
        <source>No unmapped target field matches a source field by name; map them by hand.</source>
        <translation>Aucun champ cible non associé ne correspond par son nom à un champ source&#xa0;; associez-les à la main.</translation>
    </message>
    <message>
        <source>Mapped 1 field — Undo to take it back.</source>
        <translation>1 champ associé — Annuler pour revenir en arrière.</translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n fields — Undo to take them back.</source>
        <translation>
            <numerusform>%n champ associé — Annuler pour revenir en arrière.</numerusform>
            <numerusform>%n champs associés — Annuler pour revenir en arrière.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was changed by someone else</source>
        <translation>La correspondance a été modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone saved the %1 mapping (now version %2) while you were editing it. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Quelqu’un a enregistré la correspondance %1 (désormais en version %2) pendant que vous la modifiiez. Rechargez sa version et perdez vos modifications non enregistrées, ou écrasez la sienne avec la vôtre. Comparer affiche les deux.</translation>
    </message>
    <message>
        <source>Your rows</source>
        <translation>Vos lignes</translation>
    </message>
    <message>
        <source>Their rows</source>
        <translation>Ses lignes</translation>
    </message>
    <message>
        <source>(transforms only)</source>
        <translation>(transformations uniquement)</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(aucune ligne)</translation>
    </message>
</context>
<context>
    <name>Tessera::FinishPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Tessera enables the integration and tests both ends of the connection.</source>
        <translation>Tessera active l’intégration et teste les deux extrémités de la connexion.</translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation>Activation de %1…</translation>
    </message>
    <message>
        <source>Testing both ends…</source>
        <translation>Test des deux extrémités…</translation>
    </message>
    <message>
        <source>Created in this setup</source>
        <translation>Créé pendant cette configuration</translation>
    </message>
    <message>
        <source>Enable and check</source>
        <translation>Activer et vérifier</translation>
    </message>
    <message>
        <source>Add a %1 workflow</source>
        <translation>Ajouter un workflow %1</translation>
    </message>
    <message>
        <source>Review the field mappings</source>
        <translation>Vérifier les correspondances des champs</translation>
    </message>
    <message>
        <source>Add %1 to an interview plan</source>
        <translation>Ajouter %1 à un plan d’entretien</translation>
    </message>
    <message>
        <source>%1 is enabled and every check passed.</source>
        <translation>%1 est activé et toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>%1 is enabled, but a check failed. Fix it and try again, or finish and fix it later from the marketplace.</source>
        <translation>%1 est activé, mais une vérification a échoué. Corrigez le problème et réessayez, ou terminez et corrigez-le plus tard depuis la marketplace.</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Vérifié à %1</translation>
    </message>
    <message>
        <source>ATS API key:</source>
        <translation>Clé API ATS&#xa0;:</translation>
    </message>
    <message>
        <source>ATS webhook:</source>
        <translation>Webhook de l’ATS&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Listener in %1:</source>
        <translation>Écouteur dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1, stage %2 (ID %3)</source>
        <translation>%1, étape %2 (ID %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::HealthCard</name>
    <message>
        <source>Working</source>
        <translation>Opérationnelle</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradée</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n recent webhook deliveries failed. Check the webhook&apos;s URL and the partner&apos;s answers, then redeliver.</source>
        <translation>
            <numerusform>%n livraison de webhook récente a échoué. Vérifiez l’URL du webhook et les réponses du partenaire, puis renvoyez-la.</numerusform>
            <numerusform>%n livraisons de webhook récentes ont échoué. Vérifiez l’URL du webhook et les réponses du partenaire, puis renvoyez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key %1 uses was revoked or is missing. Create a new key and enter it in the setup.</source>
        <translation>La clé API utilisée par %1 a été révoquée ou est introuvable. Créez une nouvelle clé et saisissez-la dans la configuration.</translation>
    </message>
    <message>
        <source>%1 does not answer. Try again later, or check the connection in its setup.</source>
        <translation>%1 ne répond pas. Réessayez plus tard ou vérifiez la connexion dans sa configuration.</translation>
    </message>
    <message>
        <source>The last sync is overdue. Open the setup and run a sync.</source>
        <translation>La synchronisation prévue est en retard. Ouvrez la configuration et lancez une synchronisation.</translation>
    </message>
    <message>
        <source>Nothing was checked in the last hour. Test the connection to find out.</source>
        <translation>Rien n’a été vérifié au cours de la dernière heure. Testez la connexion pour connaître son état.</translation>
    </message>
    <message>
        <source>Open webhook</source>
        <translation>Ouvrir le webhook</translation>
    </message>
    <message>
        <source>Open API keys</source>
        <translation>Ouvrir les clés API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Ouvrir la configuration</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation>%L1&#xa0;min</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1&#xa0;h</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>The dashboard could not refresh. Last known state: %1.</source>
        <translation>Le tableau de bord n’a pas pu être actualisé. Dernier état connu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Last success %1</source>
        <translation>Dernier succès %1</translation>
    </message>
    <message>
        <source>No success yet</source>
        <translation>Aucun succès pour l’instant</translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>prochaine synchronisation %1</translation>
    </message>
    <message>
        <source>sync overdue since %1</source>
        <translation>synchronisation en retard depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 run(s) have not moved for longer than usual. Open the candidate, check the run with %1, or cancel it and start again.</source>
        <translation>
            <numerusform>%n activité %1 n’avance plus depuis plus longtemps que d’habitude. Ouvrez le candidat, vérifiez où elle en est dans %1, ou annulez-la et relancez-la.</numerusform>
            <numerusform>%n activités %1 n’avancent plus depuis plus longtemps que d’habitude. Ouvrez chaque candidat concerné, vérifiez où en est l’activité dans %1, ou annulez-la et relancez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Ouvrir le candidat</translation>
    </message>
</context>
<context>
    <name>Tessera::IntegrationPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Détails de l’intégration</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Fermer le panneau (Échap)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Marche à suivre</translation>
    </message>
    <message>
        <source>✓ Included</source>
        <translation>✓ Incluse</translation>
    </message>
    <message>
        <source>✗ Not included</source>
        <translation>✗ Non incluse</translation>
    </message>
    <message>
        <source>%1 (your plan)</source>
        <translation>%1 (votre formule)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La connexion fonctionne.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection has a problem.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La connexion présente un problème.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Le test n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>Correspondance des ch&amp;amps…</translation>
    </message>
    <message>
        <source>Which ATS fields the partner receives, and how they are shaped</source>
        <translation>Les champs de l’ATS que reçoit le partenaire, et leur mise en forme</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>⚠ Fields that could not be filled: %1. The field mapping&apos;s preview shows why.</source>
        <translation>⚠ Champs qui n’ont pas pu être remplis&#xa0;: %1. L’aperçu de la correspondance des champs en indique la raison.</translation>
    </message>
    <message>
        <source>The simulated partner</source>
        <translation>Le partenaire simulé</translation>
    </message>
    <message>
        <source>Workflows and field &amp;mapping…</source>
        <translation>Workflows et correspondance des ch&amp;amps…</translation>
    </message>
    <message>
        <source>%1 in the simulated %2</source>
        <translation>%1 dans le %2 simulé</translation>
    </message>
    <message>
        <source>None yet. They arrive here when the ATS sends %1 a record: after a hire or a stage change, as the integration is set up.</source>
        <translation>Rien pour l’instant. Les enregistrements arrivent ici quand l’ATS en envoie un à %1&#xa0;: après une embauche ou un changement d’étape, selon la configuration de l’intégration.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que fait l’intégration</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Hors de votre formule</translation>
    </message>
</context>
<context>
    <name>Tessera::InterviewPlansView</name>
    <message>
        <source>Interview plans</source>
        <translation>Plans d’entretien</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Stages of the interview plan</source>
        <translation>Étapes du plan d’entretien</translation>
    </message>
    <message>
        <source>No job has an interview plan yet. Create a job with an interview plan in the ATS, then design its activities here.</source>
        <translation>Aucun poste n’a encore de plan d’entretien. Créez dans l’ATS un poste avec un plan d’entretien, puis définissez ici ses activités.</translation>
    </message>
    <message>
        <source>This plan has no activities yet. An activity is a step a partner runs when a candidate reaches a stage, such as a Justifacts background check or a Juro contract workflow. Drag one from the palette onto a stage, or focus a stage and press Insert.</source>
        <translation>Ce plan n’a encore aucune activité. Une activité est une action qu’un partenaire exécute lorsqu’un candidat atteint une étape, par exemple une vérification des antécédents Justifacts ou un workflow de contrat Juro. Faites-en glisser une de la palette sur une étape, ou sélectionnez une étape et appuyez sur Inser.</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Chargement des postes…</translation>
    </message>
    <message>
        <source>Loading the interview plan of %1…</source>
        <translation>Chargement du plan d’entretien de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::JobPicker</name>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Type to find a job</source>
        <translation>Tapez pour trouver un poste</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
</context>
<context>
    <name>Tessera::JustifactsSettingsPage</name>
    <message>
        <source>Configure Justifacts</source>
        <translation>Configurer Justifacts</translation>
    </message>
    <message>
        <source>Justifacts e-mails you a credential verification key. The ATS uses it, with the base URL, to fetch Justifacts&apos; packages.</source>
        <translation>Justifacts vous envoie par e-mail une clé Credential Verification. L’ATS l’utilise, avec l’URL de base, pour récupérer les forfaits de Justifacts.</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clé API ATS</translation>
    </message>
    <message>
        <source>Staging base URL</source>
        <translation>URL de base de staging</translation>
    </message>
    <message>
        <source>ATS API &amp;key:</source>
        <translation>&amp;Clé API ATS&#xa0;:</translation>
    </message>
    <message>
        <source>Staging &amp;base URL:</source>
        <translation>URL de &amp;base de staging&#xa0;:</translation>
    </message>
    <message>
        <source>Get them from the simulated &amp;Justifacts</source>
        <translation>Les obtenir auprès du &amp;Justifacts simulé</translation>
    </message>
    <message>
        <source>Asking the simulated Justifacts…</source>
        <translation>Interrogation du Justifacts simulé…</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <source>Keys could not be loaded</source>
        <translation>Impossible de charger les clés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No active key: go back and create one</source>
        <translation>Aucune clé active&#xa0;: revenez en arrière pour en créer une</translation>
    </message>
    <message>
        <source>Fetching Justifacts&apos; packages…</source>
        <translation>Récupération des forfaits de Justifacts…</translation>
    </message>
    <message>
        <source>Justifacts credential verification key</source>
        <translation>Clé Credential Verification de Justifacts</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Paste the credential verification key and the staging base URL from Justifacts&apos; e-mail.&lt;/li&gt;&lt;li&gt;Choose the ATS API key you share with Justifacts (the one you just created).&lt;/li&gt;&lt;li&gt;On Next, the ATS fetches Justifacts&apos; packages to prove both ends work.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Collez la clé Credential Verification et l’URL de base de staging reçues dans l’e-mail de Justifacts.&lt;/li&gt;&lt;li&gt;Choisissez la clé API ATS que vous partagez avec Justifacts (celle que vous venez de créer).&lt;/li&gt;&lt;li&gt;Avec Suivant, l’ATS récupère les forfaits de Justifacts pour prouver que les deux extrémités fonctionnent.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>From Justifacts</source>
        <translation>Fourni par Justifacts</translation>
    </message>
    <message>
        <source>&amp;Credential verification key:</source>
        <translation>Clé Credential &amp;Verification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tessera::LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
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
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Browse integrations and enable them with guided wizards.</source>
        <translation>Parcourez les intégrations et activez-les grâce à des assistants guidés.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Map ATS fields to partner fields with drag and drop.</source>
        <translation>Associez les champs de l’ATS aux champs des partenaires par glisser-déposer.</translation>
    </message>
    <message>
        <source>Interview plans</source>
        <translation>Plans d’entretien</translation>
    </message>
    <message>
        <source>Add partner activities to interview-plan stages.</source>
        <translation>Ajoutez des activités partenaires aux étapes des plans d’entretien.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Search candidates and run manual actions.</source>
        <translation>Recherchez des candidats et lancez des actions manuelles.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>See the health of every integration at a glance.</source>
        <translation>L’état de chaque intégration en un coup d’œil.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, langue et emplacement des secrets.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Keys partners use to reach the ATS, and who uses them.</source>
        <translation>Les clés que les partenaires utilisent pour accéder à l’ATS, et qui les utilise.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners, and every delivery.</source>
        <translation>Les événements que l’ATS envoie aux partenaires, et chaque livraison.</translation>
    </message>
    <message>
        <source>Access for partners</source>
        <translation>Accès des partenaires</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Background work progress</source>
        <translation>Avancement des tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1&#xa0;: %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more</source>
        <translation>
            <numerusform>%1 · %n autre</numerusform>
            <numerusform>%1 · %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a backend first: the quick switcher searches it.</source>
        <translation>Connectez-vous d’abord à un backend&#xa0;: la recherche rapide y cherche.</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingDocument</name>
    <message>
        <source>Map %1</source>
        <translation>Associer %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Change the transforms of %1</source>
        <translation>Modifier les transformations de %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Suggérer des associations</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingEditBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Revert to the saved mapping</source>
        <translation>Revenir à la correspondance enregistrée</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
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
        <translation>1 modification non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingModel</name>
    <message>
        <source>(from transforms)</source>
        <translation>(depuis les transformations)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation>%1%2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, obligatoire</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>non associé</translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, puis %1</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <source>. Needs attention: %1</source>
        <translation>. Action requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Until then the mapping cannot be saved.</source>
        <translation>D’ici là, la correspondance ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Search integrations (Ctrl+F)</source>
        <translation>Rechercher des intégrations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Rechercher des intégrations</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Loading integrations…</source>
        <translation>Chargement des intégrations…</translation>
    </message>
    <message>
        <source>No integration in this category.</source>
        <translation>Aucune intégration dans cette catégorie.</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 stops receiving updates from the ATS. Its API keys and webhooks stay as they are; revoke or delete them on the API keys and Webhooks pages if they are no longer needed.</source>
        <translation>%1 ne reçoit plus de mises à jour de l’ATS. Ses clés API et webhooks restent en place&#xa0;; révoquez-les ou supprimez-les sur les pages Clés API et Webhooks s’ils ne servent plus.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>The integrations could not be loaded.</source>
        <translation>Impossible de charger les intégrations.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This backend offers no integrations.</source>
        <translation>Ce backend ne propose aucune intégration.</translation>
    </message>
    <message>
        <source>No integration matches “%1”.</source>
        <translation>Aucune intégration ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Afficher toutes les catégories</translation>
    </message>
</context>
<context>
    <name>Tessera::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>Tessera::MoveStageDialog</name>
    <message>
        <source>Move to stage</source>
        <translation>Changer d’étape</translation>
    </message>
    <message>
        <source>%1 — now in %2</source>
        <translation>%1 — actuellement à l’étape %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Choisissez une étape</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motif d’archivage</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Candidature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Archive &amp;reason:</source>
        <translation>&amp;Motif d’archivage&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the stages of this interview plan…</source>
        <translation>Chargement des étapes de ce plan d’entretien…</translation>
    </message>
    <message>
        <source>Loading archive reasons…</source>
        <translation>Chargement des motifs d’archivage…</translation>
    </message>
    <message>
        <source>Choose the stage to move this application to.</source>
        <translation>Choisissez l’étape vers laquelle déplacer cette candidature.</translation>
    </message>
    <message>
        <source>Archiving needs a reason. Choose one to continue.</source>
        <translation>L’archivage nécessite un motif. Choisissez-en un pour continuer.</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» passe de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Envoyée par %1</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesTab</name>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Aucune note pour l’instant. Rédigez la première ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Enregistrement de la note…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ne&amp;w note:</source>
        <translation>Nou&amp;velle note&#xa0;:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Write a note… Ctrl+Enter adds it.</source>
        <translation>Rédigez une note… Ctrl+Entrée l’ajoute.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Ajouter la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Note sélectionnée</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferRunRow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Voir le résultat</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Why cancel?</source>
        <translation>Pourquoi annuler&#xa0;?</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Laisser en cours</translation>
    </message>
    <message>
        <source>No news from Juro for %1. Check the contract&apos;s status in Juro, or cancel the run and start the workflow again.</source>
        <translation>Aucune nouvelle de Juro depuis %1. Vérifiez l’état du contrat dans Juro, ou annulez l’exécution et relancez le workflow.</translation>
    </message>
    <message>
        <source>Juro says &quot;%1&quot;</source>
        <translation>Juro indique «&#xa0;%1&#xa0;»</translation>
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
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>View the result of %1</source>
        <translation>Voir le résultat de %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferWorkflowPanel</name>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;workflow…</source>
        <translation>&amp;Lancer le workflow…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Workflows on this offer</source>
        <translation>Workflows de cette offre</translation>
    </message>
    <message>
        <source>Job: %1
Salary: %2
Start date: %3
Status: %4</source>
        <translation>Poste&#xa0;: %1
Salaire&#xa0;: %2
Date de début&#xa0;: %3
Statut&#xa0;: %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Offer details</source>
        <translation>Détails de l’offre</translation>
    </message>
    <message>
        <source>Workflow to start on this offer</source>
        <translation>Workflow à lancer pour cette offre</translation>
    </message>
    <message>
        <source>This offer is waiting for approval. Its workflows can start once it is approved.</source>
        <translation>Cette offre est en attente d’approbation. Ses workflows pourront être lancés une fois qu’elle sera approuvée.</translation>
    </message>
    <message>
        <source>Loading the offer&apos;s workflows…</source>
        <translation>Chargement des workflows de l’offre…</translation>
    </message>
    <message>
        <source>No workflow starts from an offer. Add one with the entry point &quot;Offer&quot; in the Juro integration.</source>
        <translation>Aucun workflow n’est lancé depuis une offre. Ajoutez-en un dans l’intégration Juro, avec le point de départ «&#xa0;Une offre&#xa0;».</translation>
    </message>
    <message>
        <source>Fields sent to Juro for &quot;%1&quot;</source>
        <translation>Champs envoyés à Juro pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check that the fields match the offer&apos;s terms beside them. Juro receives them and starts &quot;%1&quot;.</source>
        <translation>Vérifiez que les champs correspondent aux conditions de l’offre affichées à côté. Juro les reçoit et lance «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Chargement des champs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Lancer le workflow</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Confirmer&#xa0;: lancer %1</translation>
    </message>
    <message>
        <source>&amp;Approve offer…</source>
        <translation>&amp;Approuver l’offre…</translation>
    </message>
    <message>
        <source>no salary given</source>
        <translation>aucun salaire indiqué</translation>
    </message>
    <message>
        <source>Approve the offer for %1 (%2)? Partners can then start workflows on it.</source>
        <translation>Approuver l’offre pour %1 (%2)&#xa0;? Les partenaires pourront ensuite y lancer des workflows.</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>ce candidat</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Confirm: approve the offer for %1</source>
        <translation>Confirmer&#xa0;: approuver l’offre pour %1</translation>
    </message>
    <message>
        <source>This API key may not approve offers: it lacks the &quot;%1&quot; permission. Approve the offer in the ATS, or reconnect in Settings with a key that has it.</source>
        <translation>Cette clé API ne peut pas approuver d’offres&#xa0;: il lui manque l’autorisation «&#xa0;%1&#xa0;». Approuvez l’offre dans l’ATS, ou reconnectez-vous dans les Paramètres avec une clé qui l’a.</translation>
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
        <translation>Poste</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Offer status</source>
        <translation>Statut de l’offre</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>%1
Acceptance: %2
Approval: %3</source>
        <translation>%1
Acceptation&#xa0;: %2
Approbation&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
</context>
<context>
    <name>Tessera::PaletteTree</name>
    <message>
        <source>Activities you can add</source>
        <translation>Activités que vous pouvez ajouter</translation>
    </message>
    <message>
        <source>Drag an item onto a stage to add it.</source>
        <translation>Faites glisser un élément sur une étape pour l’ajouter.</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>Ne peut pas être une activité&#xa0;: ce workflow est lancé depuis une offre.</translation>
    </message>
</context>
<context>
    <name>Tessera::PartnerStepPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Only on a sandbox: the sandbox&apos;s stand-in for the partner does what you would do on the partner&apos;s website.</source>
        <translation>Uniquement avec une sandbox&#xa0;: le partenaire simulé de la sandbox fait ce que vous feriez sur le site web du partenaire.</translation>
    </message>
    <message>
        <source>Working in the simulated partner…</source>
        <translation>Action en cours dans le partenaire simulé…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
</context>
<context>
    <name>Tessera::PlaceholderView</name>
    <message>
        <source>This view is coming in the next release.</source>
        <translation>Cette vue arrive dans la prochaine version.</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanActivitiesDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanEditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>A&amp;jouter une activité…</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>Re&amp;tirer l’activité</translation>
    </message>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>&amp;Changer d’étape…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add it a second time?</source>
        <translation>L’ajouter une deuxième fois&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot;. Candidates would go through it twice. Add it anyway?</source>
        <translation>L’étape %1 contient déjà «&#xa0;%2&#xa0;». Les candidats passeraient deux fois par cette activité. L’ajouter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Ajouter quand même</translation>
    </message>
    <message>
        <source>Focus a stage first (Tab to it), then press Insert to add an activity there.</source>
        <translation>Sélectionnez d’abord une étape (avec Tab), puis appuyez sur Inser pour y ajouter une activité.</translation>
    </message>
    <message>
        <source>There is nothing to add yet: enable Justifacts or Juro in the Marketplace.</source>
        <translation>Il n’y a encore rien à ajouter&#xa0;: activez Justifacts ou Juro dans la marketplace.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Ajouter une activité à %1</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>Déplacer %1 vers</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanFixActions</name>
    <message>
        <source>%1 offers no packages right now; remove this activity or try again later.</source>
        <translation>%1 ne propose aucun forfait pour le moment&#xa0;; retirez cette activité ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Choisir un autre forfait</translation>
    </message>
    <message>
        <source>&amp;Packages of %1</source>
        <translation>&amp;Forfaits de %1</translation>
    </message>
    <message>
        <source>&amp;Use this package</source>
        <translation>&amp;Utiliser ce forfait</translation>
    </message>
    <message>
        <source>The workflow is not loaded yet; try again in a moment.</source>
        <translation>Le workflow n’est pas encore chargé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The workflow&apos;s entry point is changed. Save the plan to see its problems checked again.</source>
        <translation>Le point de départ du workflow a été modifié. Enregistrez le plan pour que ses problèmes soient vérifiés à nouveau.</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalette</name>
    <message>
        <source>The workflow &quot;%1&quot; starts from an offer, so it cannot be an activity on an interview stage. Change its entry point to &quot;interview plan activity&quot; or choose another workflow.</source>
        <translation>Le workflow «&#xa0;%1&#xa0;» est lancé depuis une offre&#xa0;; il ne peut donc pas être une activité d’une étape d’entretien. Changez son point de départ en «&#xa0;activité de plan d’entretien&#xa0;» ou choisissez un autre workflow.</translation>
    </message>
    <message>
        <source>External workflow, started from an offer</source>
        <translation>Workflow externe, lancé depuis une offre</translation>
    </message>
    <message>
        <source>External workflow, started as an interview plan activity</source>
        <translation>Workflow externe, lancé comme activité de plan d’entretien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalettePane</name>
    <message>
        <source>&amp;Palette</source>
        <translation>Pa&amp;lette</translation>
    </message>
    <message>
        <source>Drag an activity onto a stage, or focus a stage and press Insert.</source>
        <translation>Faites glisser une activité sur une étape, ou sélectionnez une étape et appuyez sur Inser.</translation>
    </message>
    <message>
        <source>No enabled integration offers activities. Enable Justifacts (background checks) or Juro (contract workflows) in the Marketplace to add them to interview plans.</source>
        <translation>Aucune intégration activée ne propose d’activités. Activez Justifacts (vérification des antécédents) ou Juro (workflows de contrats) dans la marketplace pour en ajouter aux plans d’entretien.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Ouvrir la marketplace</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanSaveFlow</name>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Oui, restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Ignorer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes to this plan&apos;s activities from an earlier session. Restore them?</source>
        <translation>Les activités de ce plan comportent des modifications non enregistrées d’une session précédente. Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Revert to the saved plan</source>
        <translation>Revenir au plan enregistré</translation>
    </message>
    <message>
        <source>Save the plan&apos;s activities</source>
        <translation>Enregistrer les activités du plan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Toutes les modifications sont enregistrées · version %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>(no activities)</source>
        <translation>(aucune activité)</translation>
    </message>
    <message>
        <source>The plan was changed by someone else</source>
        <translation>Le plan a été modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone saved the activities of %1 (now version %2) while you were editing them. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Quelqu’un a enregistré les activités de %1 (désormais en version %2) pendant que vous les modifiiez. Rechargez sa version et perdez vos modifications non enregistrées, ou écrasez la sienne avec la vôtre. Comparer affiche les deux.</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Vos activités</translation>
    </message>
    <message>
        <source>Their activities</source>
        <translation>Ses activités</translation>
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
        <translation>Obligatoire, mais vide</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewPane</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>Pre&amp;view for candidate</source>
        <translation>A&amp;perçu pour le candidat</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Afficher l’aperçu</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Preview values</source>
        <translation>Valeurs de l’aperçu</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calcul de l’aperçu…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every field is fine for this candidate.</source>
        <translation>Tous les champs sont corrects pour ce candidat.</translation>
    </message>
    <message>
        <source>One field needs attention (in red).</source>
        <translation>Un champ demande votre attention (en rouge).</translation>
    </message>
    <message>
        <source>%1 fields need attention (in red).</source>
        <translation>%1 champs demandent votre attention (en rouge).</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nom ou e-mail</translation>
    </message>
    <message>
        <source>Candidate for the preview</source>
        <translation>Candidat pour l’aperçu</translation>
    </message>
    <message>
        <source>Type part of a candidate&apos;s name and pick one from the list, or type an email.</source>
        <translation>Tapez une partie du nom d’un candidat et choisissez-le dans la liste, ou saisissez un e-mail.</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Candidats correspondants</translation>
    </message>
    <message>
        <source>Type a candidate&apos;s name and pick them, or enter an email, then press Go to see what each target field would receive. The preview follows your edits.</source>
        <translation>Tapez le nom d’un candidat et choisissez-le, ou saisissez un e-mail, puis cliquez sur Voir pour voir ce que recevrait chaque champ cible. L’aperçu suit vos modifications.</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSearch</name>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Job · interview plan</source>
        <translation>Poste · plan d’entretien</translation>
    </message>
    <message>
        <source>Webhook · %1</source>
        <translation>Webhook · %1</translation>
    </message>
    <message>
        <source>API key · revoked</source>
        <translation>Clé API · révoquée</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>API key · %1</source>
        <translation>Clé API · %1</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Enter goes there · Esc closes</source>
        <translation>Entrée pour y aller · Échap pour fermer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · Enter goes there · Esc closes</source>
        <translation>
            <numerusform>%n résultat · Entrée pour y aller · Échap pour fermer</numerusform>
            <numerusform>%n résultats · Entrée pour y aller · Échap pour fermer</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump to a candidate, integration, job, webhook, API key or view…</source>
        <translation>Accéder à un candidat, une intégration, un poste, un webhook, une clé API ou une vue…</translation>
    </message>
</context>
<context>
    <name>Tessera::RedeliverBar</name>
    <message numerus="yes">
        <source>Resent %n delivery(s). Each is a new attempt in the log; the table shows what fails again.</source>
        <translation>
            <numerusform>%n livraison renvoyée. Chaque renvoi apparaît comme une nouvelle tentative dans le journal&#xa0;; le tableau montre ce qui échoue encore.</numerusform>
            <numerusform>%n livraisons renvoyées. Chaque renvoi apparaît comme une nouvelle tentative dans le journal&#xa0;; le tableau montre ce qui échoue encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivery matches any more, so there is nothing to resend. Change the filters or refresh the table.</source>
        <translation>Plus aucune livraison ne correspond&#xa0;: il n’y a donc rien à renvoyer. Modifiez les filtres ou actualisez le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>This will resend %n delivery(s). Each goes to its webhook&apos;s current address as a new attempt.</source>
        <translation>
            <numerusform>Cette action renverra %n livraison. Chaque livraison part vers l’adresse actuelle de son webhook, comme nouvelle tentative.</numerusform>
            <numerusform>Cette action renverra %n livraisons. Chaque livraison part vers l’adresse actuelle de son webhook, comme nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Resend the deliveries</source>
        <translation>Renvoyer les livraisons</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not resend</source>
        <translation>Ne pas renvoyer</translation>
    </message>
</context>
<context>
    <name>Tessera::SandboxHost</name>
    <message>
        <source>The sandbox&apos;s data key in the keychain is damaged. Run tessera-sandbox --data &quot;%1&quot; --reset-secrets, remove the keychain entry %2, then start again.</source>
        <translation>La clé de données de la sandbox dans le trousseau est endommagée. Exécutez tessera-sandbox --data &quot;%1&quot; --reset-secrets, supprimez l’entrée %2 du trousseau, puis relancez.</translation>
    </message>
</context>
<context>
    <name>Tessera::ScopePicker</name>
    <message>
        <source>Permission preset</source>
        <translation>Préréglage d’autorisations</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
</context>
<context>
    <name>Tessera::SecretLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copié — le presse-papiers sera vidé dans %n&#xa0;s</numerusform>
            <numerusform>Copié — le presse-papiers sera vidé dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsView</name>
    <message>
        <source>&amp;Use this backend</source>
        <translation>&amp;Utiliser ce backend</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Conserver les secrets pour cette session uniquement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>&amp;Add backend…</source>
        <translation>&amp;Ajouter un backend…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Emplacement des secrets</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>embedded sandbox on this computer</source>
        <translation>sandbox intégrée sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (actif)</translation>
    </message>
    <message>
        <source>Forget backend</source>
        <translation>Oublier le backend</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain (Secret Service) and nowhere else.</source>
        <translation>Les clés API sont conservées dans le trousseau de votre système (Secret Service) et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>API keys are kept in memory for this session only: you will be asked for them again after Tessera quits.</source>
        <translation>Les clés API sont conservées en mémoire pour cette session uniquement&#xa0;: elles vous seront redemandées après la fermeture de Tessera.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start gnome-keyring (or KWallet), or keep secrets for this session only. Tessera never writes keys to disk.</source>
        <translation>Aucun trousseau système n’est disponible. Installez et démarrez gnome-keyring (ou KWallet), ou conservez les secrets pour cette session uniquement. Tessera n’écrit jamais de clé sur le disque.</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain; it has not been used yet this session.</source>
        <translation>Les clés API sont conservées dans le trousseau de votre système&#xa0;; il n’a pas encore été utilisé pendant cette session.</translation>
    </message>
    <message>
        <source>&amp;Keep an encrypted copy of the candidate list on this computer</source>
        <translation>&amp;Conserver une copie chiffrée de la liste des candidats sur cet ordinateur</translation>
    </message>
    <message>
        <source>Forget &amp;local data</source>
        <translation>Oublier les données &amp;locales</translation>
    </message>
    <message>
        <source>Local candidate data</source>
        <translation>Données locales des candidats</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>Turned off for this run (--no-cache).</source>
        <translation>Désactivé pour cette exécution (--no-cache).</translation>
    </message>
    <message>
        <source>No backend is in use.</source>
        <translation>Aucun backend n’est utilisé.</translation>
    </message>
    <message>
        <source>No candidate data of this backend is stored on this computer.</source>
        <translation>Aucune donnée de candidat de ce backend n’est stockée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Candidates stored: %1. Size on disk: %2. Last synced: %3.</source>
        <translation>Candidats stockés&#xa0;: %1. Taille sur le disque&#xa0;: %2. Dernière synchronisation&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Forget %1? Its API key is removed from the keychain, and its settings and local data are deleted. The backend itself is not changed.</source>
        <translation>Oublier %1&#xa0;? Sa clé API est retirée du trousseau, et ses paramètres et données locales sont supprimés. Le backend lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, langue et emplacement des secrets.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tessera::ShownOnceSecret</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only once. Tessera does not keep it and the backend stores only a fingerprint. If it is lost, revoke it and create a new one.</source>
        <translation>Copiez la clé maintenant&#xa0;: elle n’est affichée qu’une fois. Tessera ne la conserve pas et le backend n’en stocke qu’une empreinte. Si elle est perdue, révoquez-la et créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copier la nouvelle clé</translation>
    </message>
    <message>
        <source>Clipboard state</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copié — le presse-papiers sera vidé dans %n&#xa0;s</numerusform>
            <numerusform>Copié — le presse-papiers sera vidé dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>Copier place la clé dans le presse-papiers pendant %n seconde.</numerusform>
            <numerusform>Copier place la clé dans le presse-papiers pendant %n secondes.</numerusform>
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
        <translation>Ajouter l’écouteur de changement d’étape dans Sora</translation>
    </message>
    <message>
        <source>Sora imports a candidate as an employee and starts the workflow when they enter the stage you choose.</source>
        <translation>Sora importe un candidat comme salarié et lance le workflow lorsqu’il atteint l’étape que vous choisissez.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Workflows&lt;/b&gt; and click &lt;b&gt;Manage workflow&lt;/b&gt; on the workflow (usually Onboarding).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Add listener&lt;/b&gt;, choose Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; and the stage below.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Endpoint URL&lt;/b&gt; and &lt;b&gt;Secret key&lt;/b&gt; Sora shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Sora, ouvrez &lt;b&gt;Workflows&lt;/b&gt; et cliquez sur &lt;b&gt;Manage workflow&lt;/b&gt; pour le workflow (en général Onboarding).&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Add listener&lt;/b&gt;, choisissez Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; et l’étape ci-dessous.&lt;/li&gt;&lt;li&gt;Copiez l’&lt;b&gt;Endpoint URL&lt;/b&gt; et la &lt;b&gt;Secret key&lt;/b&gt; affichées par Sora dans les champs ci-dessous.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Sora workflow</source>
        <translation>Workflow Sora</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint URL</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpoint URL&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret &amp;key&#xa0;:</translation>
    </message>
    <message>
        <source>Add the listener in the simulated &amp;Sora</source>
        <translation>Ajouter l’écouteur dans le &amp;Sora simulé</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Chargement des étapes…</translation>
    </message>
    <message>
        <source>Stages could not be loaded</source>
        <translation>Impossible de charger les étapes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Adding the listener in the simulated Sora…</source>
        <translation>Ajout de l’écouteur dans le Sora simulé…</translation>
    </message>
    <message>
        <source>In Sora</source>
        <translation>Dans Sora</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 fields: %2</source>
        <translation>%1&#xa0;: %2 champs</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2, sample %3</source>
        <translation>%1, %2, exemple %3</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>%1 (%2)
Type: %3
Sample: %4</source>
        <translation>%1 (%2)
Type&#xa0;: %3
Exemple&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsPane</name>
    <message>
        <source>&amp;Source fields (ATS)</source>
        <translation>Champs &amp;source (ATS)</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Rechercher des champs</translation>
    </message>
    <message>
        <source>Search source fields</source>
        <translation>Rechercher des champs source</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Champs source</translation>
    </message>
    <message>
        <source>Drag a field onto a target field, or select it and press Enter to map it.</source>
        <translation>Faites glisser un champ sur un champ cible, ou sélectionnez-le et appuyez sur Entrée pour l’associer.</translation>
    </message>
    <message>
        <source>Loading the ATS fields…</source>
        <translation>Chargement des champs de l’ATS…</translation>
    </message>
    <message>
        <source>The ATS fields could not be loaded: %1</source>
        <translation>Impossible de charger les champs de l’ATS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StageColumn</name>
    <message>
        <source>Add activity…</source>
        <translation>Ajouter une activité…</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>Étape %1 (%2)</translation>
    </message>
    <message>
        <source>Insert adds an activity here; drop a palette item or a card to add or move it.</source>
        <translation>Inser ajoute ici une activité&#xa0;; déposez ici un élément de la palette pour l’ajouter, ou une carte pour la déplacer.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Ajouter une activité à %1</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive: %1 is not enabled</source>
        <translation>inactive&#xa0;: %1 n’est pas activé</translation>
    </message>
    <message>
        <source>Automation by %1: %2, %3</source>
        <translation>Automatisation de %1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>Tessera::StageMoveFlow</name>
    <message>
        <source>Moving the application…</source>
        <translation>Déplacement de la candidature…</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>«&#xa0;%1&#xa0;» est passé à l’étape %2.</translation>
    </message>
    <message>
        <source>The application was not moved. %1</source>
        <translation>La candidature n’a pas été déplacée. %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StagesModel</name>
    <message>
        <source>%1 (current stage)</source>
        <translation>%1 (étape actuelle)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Tessera::SyncFreshness</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation>Récupérer les changements depuis la dernière synchronisation (F5)</translation>
    </message>
    <message>
        <source>Refresh candidates</source>
        <translation>Actualiser les candidats</translation>
    </message>
</context>
<context>
    <name>Tessera::TransformChainEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Transforms, applied in order</source>
        <translation>Transformations, appliquées dans l’ordre</translation>
    </message>
    <message>
        <source>&amp;Add transform</source>
        <translation>&amp;Ajouter une transformation</translation>
    </message>
    <message>
        <source>Add a transform</source>
        <translation>Ajouter une transformation</translation>
    </message>
    <message>
        <source>Move the transform up</source>
        <translation>Monter la transformation</translation>
    </message>
    <message>
        <source>Move the transform down</source>
        <translation>Descendre la transformation</translation>
    </message>
    <message>
        <source>Remove the transform</source>
        <translation>Retirer la transformation</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation>Retirer la transformation</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Choisissez un champ cible pour modifier la mise en forme de sa valeur.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No transforms: the source value is sent as it is. Use Add transform to map values, split names, format dates and more.</source>
        <translation>Aucune transformation&#xa0;: la valeur source est envoyée telle quelle. Utilisez Ajouter une transformation pour convertir des valeurs, scinder des noms, formater des dates, etc.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move the transform up (%1)</source>
        <translation>Monter la transformation (%1)</translation>
    </message>
    <message>
        <source>Move the transform down (%1)</source>
        <translation>Descendre la transformation (%1)</translation>
    </message>
    <message>
        <source>Remove the transform (%1)</source>
        <translation>Retirer la transformation (%1)</translation>
    </message>
</context>
<context>
    <name>Tessera::TransformParamsForm</name>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Partie&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency code:</source>
        <translation>Code de &amp;devise&#xa0;:</translation>
    </message>
    <message>
        <source>the amount&apos;s own, e.g. USD</source>
        <translation>celle du montant, par ex. USD</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>S&amp;ources&#xa0;:</translation>
    </message>
    <message>
        <source>field ids, separated by commas</source>
        <translation>identifiants de champs, séparés par des virgules</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>S&amp;éparateur&#xa0;:</translation>
    </message>
    <message>
        <source>one space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>Déci&amp;males&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation>%1 n’a aucun réglage.</translation>
    </message>
</context>
<context>
    <name>Tessera::UnavailableView</name>
    <message>
        <source>To use it, connect Tessera to a backend that implements Tessera&apos;s extensions (docs/API.md), such as the local sandbox.</source>
        <translation>Pour l’utiliser, connectez Tessera à un backend qui implémente les extensions de Tessera (docs/API.md), comme la sandbox locale.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods to enable or set up integrations.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui n’a pas de méthode pour activer ou configurer des intégrations.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for field mappings.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui n’a pas de méthode pour les correspondances des champs.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list or create API keys.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui ne permet ni de lister ni de créer des clés API.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list webhooks or their deliveries.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui ne permet de lister ni les webhooks ni leurs livraisons.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for partner activities on interview plans.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui n’a pas de méthode pour les activités partenaires des plans d’entretien.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which reports no integration health or delivery statistics.</source>
        <translation>Ce backend ne parle que l’API publique d’Ashby, qui ne fournit ni l’état des intégrations ni de statistiques de livraison.</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapEditor</name>
    <message>
        <source>Add valu&amp;e</source>
        <translation>Ajouter une val&amp;eur</translation>
    </message>
    <message>
        <source>Remove va&amp;lue</source>
        <translation>Retirer la va&amp;leur</translation>
    </message>
    <message>
        <source>&amp;Paste pairs</source>
        <translation>Co&amp;ller des paires</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Table de valeurs</translation>
    </message>
    <message>
        <source>Each source value in From becomes the value in To. Ctrl+V pastes two columns.</source>
        <translation>Chaque valeur source de la colonne De devient la valeur de la colonne Vers. Ctrl+V colle deux colonnes.</translation>
    </message>
    <message>
        <source>Paste pairs</source>
        <translation>Coller des paires</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message>
        <source>Leave empty to pass other values through</source>
        <translation>Laisser vide pour transmettre les autres valeurs telles quelles</translation>
    </message>
    <message>
        <source>Default for values not in the table</source>
        <translation>Valeur par défaut pour les valeurs absentes de la table</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Retirer les valeurs sélectionnées</translation>
    </message>
    <message>
        <source>Paste pairs from the clipboard</source>
        <translation>Coller des paires depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Two columns, separated by a tab or a comma, one pair per line</source>
        <translation>Deux colonnes, séparées par une tabulation ou une virgule, une paire par ligne</translation>
    </message>
    <message>
        <source>&amp;Otherwise:</source>
        <translation>&amp;Sinon&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapModel</name>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 devient %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
</context>
<context>
    <name>Tessera::VersionConflictDialog</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger la sienne</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Écraser avec la mienne</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recharger sa version</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Écraser sa version avec la mienne</translation>
    </message>
    <message>
        <source>Compare both versions</source>
        <translation>Comparer les deux versions</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>La sienne (version %1)</translation>
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
        <translation>%L1&#xa0;ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code de statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Waiting for the test delivery</source>
        <translation>En attente de la livraison de test</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDeliveriesPane</name>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentatives de livraison</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Test ping</source>
        <translation>Ping de test</translation>
    </message>
    <message>
        <source>Test ping answered: HTTP %1 in %L2 ms.</source>
        <translation>Ping de test réussi&#xa0;: HTTP %1 en %L2&#xa0;ms.</translation>
    </message>
    <message>
        <source>Test ping failed: %1. Check the URL and that the partner&apos;s receiver is running.</source>
        <translation>Échec du ping de test&#xa0;: %1. Vérifiez l’URL et que le récepteur du partenaire fonctionne.</translation>
    </message>
    <message>
        <source>The test ping&apos;s result did not arrive. Press F5 to look again.</source>
        <translation>Le résultat du ping de test n’est pas arrivé. Appuyez sur F5 pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Sent again. New attempts appear here; press F5 to update.</source>
        <translation>Renvoyé. Les nouvelles tentatives apparaissent ici&#xa0;; appuyez sur F5 pour actualiser.</translation>
    </message>
    <message>
        <source>Delivery attempts to %1</source>
        <translation>Tentatives de livraison vers %1</translation>
    </message>
    <message>
        <source>Test ping sent — waiting for the answer…</source>
        <translation>Ping de test envoyé — en attente de la réponse…</translation>
    </message>
    <message>
        <source>Loading delivery attempts…</source>
        <translation>Chargement des tentatives de livraison…</translation>
    </message>
    <message>
        <source>Select a webhook to see its delivery attempts.</source>
        <translation>Sélectionnez un webhook pour voir ses tentatives de livraison.</translation>
    </message>
    <message>
        <source>The delivery attempts could not be loaded.</source>
        <translation>Impossible de charger les tentatives de livraison.</translation>
    </message>
    <message>
        <source>Nothing was sent to this webhook yet. Send a test ping to check the partner&apos;s receiver.</source>
        <translation>Rien n’a encore été envoyé à ce webhook. Envoyez un ping de test pour vérifier le récepteur du partenaire.</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;reate webhook</source>
        <translation>C&amp;réer le webhook</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de requête</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Jeton secret</translation>
    </message>
    <message>
        <source>Generate a secret token</source>
        <translation>Générer un jeton secret</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Laisser vide pour garder le secret actuel</translation>
    </message>
    <message>
        <source>The partner checks signatures with it</source>
        <translation>Le partenaire vérifie les signatures avec ce jeton</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Request &amp;URL:</source>
        <translation>&amp;URL de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>&amp;Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Deliveries are signed with the secret token (Ashby-Signature: sha256=…). Give the partner the same token.</source>
        <translation>Les livraisons sont signées avec le jeton secret (Ashby-Signature: sha256=…). Donnez le même jeton au partenaire.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the address the partner gave you, starting with https://.</source>
        <translation>Saisissez l’adresse que le partenaire vous a donnée, commençant par https://.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://partner.example.com/ashby.</source>
        <translation>Ce n’est pas une adresse web. Elle devrait ressembler à https://partner.example.com/ashby.</translation>
    </message>
    <message>
        <source>Use https: deliveries carry candidate data. Plain http is allowed only for a receiver on this computer.</source>
        <translation>Utilisez https&#xa0;: les livraisons contiennent des données de candidats. Le http simple n’est autorisé que pour un récepteur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter a secret token, or press Generate for a random one.</source>
        <translation>Saisissez un jeton secret, ou cliquez sur Générer pour en obtenir un aléatoire.</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Enregistrement du webhook…</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookPage</name>
    <message>
        <source>Create the %1 webhook</source>
        <translation>Créer le webhook %1</translation>
    </message>
    <message>
        <source>Create and &amp;verify</source>
        <translation>Créer et &amp;vérifier</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Création du webhook…</translation>
    </message>
    <message>
        <source>Waiting for %1 to verify the ping…</source>
        <translation>En attente de la vérification du ping par %1…</translation>
    </message>
    <message>
        <source>%1 has not confirmed a verified ping yet. %2</source>
        <translation>%1 n’a pas encore confirmé de ping vérifié. %2</translation>
    </message>
    <message>
        <source>Tessera creates the webhook in the ATS. The ATS pings it at once, and %1 must verify the ping&apos;s signature with the secret it gave you.</source>
        <translation>Tessera crée le webhook dans l’ATS. L’ATS lui envoie aussitôt un ping, et %1 doit vérifier la signature du ping avec le secret qu’il vous a donné.</translation>
    </message>
    <message>
        <source>Webhook type:</source>
        <translation>Type de webhook&#xa0;:</translation>
    </message>
    <message>
        <source>The webhook the ATS creates</source>
        <translation>Le webhook que crée l’ATS</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;The ATS creates the webhook with the values above.&lt;/li&gt;&lt;li&gt;It sends %1 a ping signed with this secret.&lt;/li&gt;&lt;li&gt;Tessera waits until %1 confirms that it verified the signature, then goes on.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;L’ATS crée le webhook avec les valeurs ci-dessus.&lt;/li&gt;&lt;li&gt;Il envoie à %1 un ping signé avec ce secret.&lt;/li&gt;&lt;li&gt;Tessera attend que %1 confirme avoir vérifié la signature, puis continue.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>Missing: go back and paste it</source>
        <translation>Manquant&#xa0;: revenez en arrière pour le coller</translation>
    </message>
    <message>
        <source>The ATS disabled the webhook because its ping failed: %1 Check the values you copied from %2, then try again.</source>
        <translation>L’ATS a désactivé le webhook car son ping a échoué&#xa0;: %1 Vérifiez les valeurs copiées depuis %2, puis réessayez.</translation>
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
        <translation>Échec (HTTP %1) · %2</translation>
    </message>
    <message>
        <source>Failed (no answer) · %1</source>
        <translation>Échec (pas de réponse) · %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
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
        <translation>&amp;Nouveau webhook…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Send test &amp;ping</source>
        <translation>Envoyer un &amp;ping de test</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Créer un webhook</translation>
    </message>
    <message>
        <source>Selected webhook</source>
        <translation>Webhook sélectionné</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners. Every attempt is logged below the list.</source>
        <translation>Les événements que l’ATS envoie aux partenaires. Chaque tentative est consignée sous la liste.</translation>
    </message>
    <message>
        <source>The webhook was deleted.</source>
        <translation>Le webhook a été supprimé.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded. See the message above.</source>
        <translation>Impossible de charger les webhooks. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>No webhooks yet. Create one to send ATS events to a partner.</source>
        <translation>Aucun webhook pour l’instant. Créez-en un pour envoyer les événements de l’ATS à un partenaire.</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>This webhook is disabled: the partner gets no events until you enable it.</source>
        <translation>Ce webhook est désactivé&#xa0;: le partenaire ne reçoit aucun événement tant que vous ne l’activez pas.</translation>
    </message>
    <message>
        <source>Disabled after a failed check. Make sure the partner&apos;s receiver answers, then press Enable.</source>
        <translation>Désactivé après une vérification échouée. Assurez-vous que le récepteur du partenaire répond, puis cliquez sur Activer.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook for “%1” to %2?</source>
        <translation>Supprimer le webhook «&#xa0;%1&#xa0;» vers %2&#xa0;?</translation>
    </message>
    <message>
        <source>The partner gets no further events, and pending retries stop. Its delivery log stays readable. This cannot be undone.</source>
        <translation>Le partenaire ne reçoit plus d’événements et les nouvelles tentatives en attente s’arrêtent. Son journal de livraisons reste consultable. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete webhook</source>
        <translation>&amp;Supprimer le webhook</translation>
    </message>
</context>
<context>
    <name>Tessera::WilloSyncPage</name>
    <message>
        <source>&amp;Sync again</source>
        <translation>&amp;Resynchroniser</translation>
    </message>
    <message>
        <source>Willo&apos;s first sync</source>
        <translation>Première synchronisation de Willo</translation>
    </message>
    <message>
        <source>Willo copies your jobs and their interview stages, so each Willo interview can be connected to a job and a trigger stage.</source>
        <translation>Willo copie vos postes et leurs étapes d’entretien, afin que chaque entretien Willo puisse être relié à un poste et à une étape déclencheuse.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>✗ The sync stopped: %1</source>
        <translation>✗ La synchronisation s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for Willo to start the sync…</source>
        <translation>En attente du démarrage de la synchronisation par Willo…</translation>
    </message>
    <message>
        <source>✓ Sync finished. Jobs: %1 · interview stages: %2.</source>
        <translation>✓ Synchronisation terminée. Postes&#xa0;: %1 · étapes d’entretien&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Syncing… jobs: %1 of %2 · interview stages so far: %3</source>
        <translation>Synchronisation… postes&#xa0;: %1 sur %2 · étapes d’entretien jusqu’ici&#xa0;: %3</translation>
    </message>
    <message>
        <source>Jobs and interview stages</source>
        <translation>Postes et étapes d’entretien</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Willo copies every ATS job with its interview stages.&lt;/li&gt;&lt;li&gt;Once the sync has finished, Next enables Willo and checks both ends.&lt;/li&gt;&lt;li&gt;Then, in Willo, connect each interview to a job and a trigger stage.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Willo copie chaque poste de l’ATS avec ses étapes d’entretien.&lt;/li&gt;&lt;li&gt;Une fois la synchronisation terminée, Suivant active Willo et vérifie les deux extrémités.&lt;/li&gt;&lt;li&gt;Ensuite, dans Willo, reliez chaque entretien à un poste et à une étape déclencheuse.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Et ensuite</translation>
    </message>
</context>
<context>
    <name>Tessera::WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes de l’assistant</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, done</source>
        <translation>Étape %1 sur %2&#xa0;: %3, terminée</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, current step</source>
        <translation>Étape %1 sur %2&#xa0;: %3, étape en cours</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkflowFieldsForm</name>
    <message>
        <source>&quot;%1&quot; is required: fill it in before starting the workflow.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire&#xa0;: renseignez-le avant de lancer le workflow.</translation>
    </message>
    <message>
        <source>%1 * (required)</source>
        <translation>%1 * (obligatoire)</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden field(s) are sent as mapped.</source>
        <translation>
            <numerusform>%n champ masqué est envoyé selon la correspondance des champs.</numerusform>
            <numerusform>%n champs masqués sont envoyés selon la correspondance des champs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>Value map</source>
        <translation>Table de valeurs</translation>
    </message>
    <message>
        <source>Split name</source>
        <translation>Scinder le nom</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Concaténer</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Supprimer les espaces</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Changer la casse</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>%1 (1 value)</source>
        <translation>%1 (1 valeur)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valeurs)</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 décimale</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 décimales</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookEventTypes</name>
    <message>
        <source>Push to HRIS</source>
        <translation>Envoi vers le SIRH</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Application Submitted</source>
        <translation>Candidature soumise</translation>
    </message>
    <message>
        <source>Application Updated</source>
        <translation>Candidature mise à jour</translation>
    </message>
    <message>
        <source>Candidate Hired</source>
        <translation>Candidat embauché</translation>
    </message>
    <message>
        <source>Candidate Stage Change</source>
        <translation>Changement d’étape du candidat</translation>
    </message>
    <message>
        <source>Candidate Deleted</source>
        <translation>Candidat supprimé</translation>
    </message>
    <message>
        <source>Candidates Merged</source>
        <translation>Candidats fusionnés</translation>
    </message>
    <message>
        <source>Interview Plan Transition</source>
        <translation>Transition du plan d’entretien</translation>
    </message>
    <message>
        <source>Interview Schedule Created</source>
        <translation>Planning d’entretien créé</translation>
    </message>
    <message>
        <source>Interview Schedule Updated</source>
        <translation>Planning d’entretien mis à jour</translation>
    </message>
    <message>
        <source>Job Posting Updated</source>
        <translation>Annonce mise à jour</translation>
    </message>
    <message>
        <source>Job Posting Published</source>
        <translation>Annonce publiée</translation>
    </message>
    <message>
        <source>Job Posting Unpublished</source>
        <translation>Annonce dépubliée</translation>
    </message>
    <message>
        <source>Offer Created</source>
        <translation>Offre créée</translation>
    </message>
    <message>
        <source>Offer Updated</source>
        <translation>Offre mise à jour</translation>
    </message>
    <message>
        <source>Offer Deleted</source>
        <translation>Offre supprimée</translation>
    </message>
    <message>
        <source>Survey Submitted</source>
        <translation>Questionnaire soumis</translation>
    </message>
    <message>
        <source>Job Created</source>
        <translation>Poste créé</translation>
    </message>
    <message>
        <source>Job Updated</source>
        <translation>Poste mis à jour</translation>
    </message>
    <message>
        <source>Opening Created</source>
        <translation>Ouverture de poste créée</translation>
    </message>
    <message>
        <source>Job Posting Deleted</source>
        <translation>Annonce supprimée</translation>
    </message>
    <message>
        <source>Signature Request Updated</source>
        <translation>Demande de signature mise à jour</translation>
    </message>
</context>
<context>
    <name>WilloSetup</name>
    <message>
        <source>Give the key to Willo</source>
        <translation>Donner la clé à Willo</translation>
    </message>
    <message>
        <source>Willo checks the key as soon as you paste it.</source>
        <translation>Willo vérifie la clé dès que vous la collez.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Willo, open &lt;b&gt;Integrations&lt;/b&gt;, expand the Ashby tile and select &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the connection dialog and click &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Grant Willo access in the authorization step.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Willo, ouvrez &lt;b&gt;Integrations&lt;/b&gt;, dépliez la tuile Ashby et sélectionnez &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez la clé API ATS dans la fenêtre de connexion et cliquez sur &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Accordez l’accès à Willo lors de l’autorisation.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clé API ATS</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Willo</source>
        <translation>Le faire dans le &amp;Willo simulé</translation>
    </message>
    <message>
        <source>I pasted the key into Willo and granted access</source>
        <translation>J’ai collé la clé dans Willo et accordé l’accès</translation>
    </message>
    <message>
        <source>Asking whether Willo holds a working key…</source>
        <translation>Vérification que Willo détient une clé valide…</translation>
    </message>
    <message>
        <source>Willo is not connected yet.</source>
        <translation>Willo n’est pas encore connecté.</translation>
    </message>
    <message>
        <source>Willo reads jobs and stages and sends interview responses back as notes. Set up every ATS job you want in Willo first: the first sync copies them.</source>
        <translation>Willo lit les postes et les étapes et renvoie les réponses aux entretiens sous forme de notes. Créez d’abord dans l’ATS tous les postes que vous voulez dans Willo&#xa0;: la première synchronisation les copie.</translation>
    </message>
    <message>
        <source>✓ Willo accepted the key and you granted it access (%1 plan).</source>
        <translation>✓ Willo a accepté la clé et vous lui avez accordé l’accès (formule %1).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Willo syncs changes at most every &lt;b&gt;%1 minutes&lt;/b&gt; on its %2 plan (Launch: 180, Growth: 30, Scale and Enterprise: 5), so updates are not live.&lt;/p&gt;&lt;p&gt;Next, in Willo, connect each interview to an ATS job and a trigger stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Willo synchronise les changements au plus toutes les &lt;b&gt;%1 minutes&lt;/b&gt; avec sa formule %2 (Launch&#xa0;: 180, Growth&#xa0;: 30, Scale et Enterprise&#xa0;: 5)&#xa0;; les mises à jour ne sont donc pas instantanées.&lt;/p&gt;&lt;p&gt;Ensuite, dans Willo, reliez chaque entretien à un poste de l’ATS et à une étape déclencheuse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key to Willo</source>
        <translation>Clé pour Willo</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Première synchronisation</translation>
    </message>
</context>
</TS>
