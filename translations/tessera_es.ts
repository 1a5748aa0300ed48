<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>The backend is not reachable (connection refused). Check that it is running and that the address is right, then retry.</source>
        <translation>No se puede acceder al backend (conexión rechazada). Compruebe que está en marcha y que la dirección es correcta; después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backend closed the connection before answering. Retry; if it keeps happening, the backend may be restarting or overloaded.</source>
        <translation>El backend cerró la conexión antes de responder. Vuelva a intentarlo; si sigue ocurriendo, puede que el backend se esté reiniciando o esté sobrecargado.</translation>
    </message>
    <message>
        <source>The backend&apos;s host name could not be found. Check the address in Settings.</source>
        <translation>No se encontró el nombre de host del backend. Compruebe la dirección en Configuración.</translation>
    </message>
    <message>
        <source>The secure connection to the backend failed. Check its certificate.</source>
        <translation>Falló la conexión segura con el backend. Compruebe su certificado.</translation>
    </message>
    <message>
        <source>The network request failed: %1. Check your connection and retry.</source>
        <translation>Falló la solicitud de red: %1. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backend did not answer in time. It may be overloaded; retry in a moment.</source>
        <translation>El backend no respondió a tiempo. Puede estar sobrecargado; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The backend does not offer &quot;%1&quot;. It may be an older version.</source>
        <translation>El backend no ofrece «%1». Puede que sea una versión anterior.</translation>
    </message>
    <message>
        <source>The backend had a problem (HTTP %1). Retry in a moment.</source>
        <translation>El backend tuvo un problema (HTTP %1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The backend answered with HTTP %1.</source>
        <translation>El backend respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The backend did not receive an API key. Reconnect in Settings.</source>
        <translation>El backend no recibió ninguna clave de API. Vuelva a conectarse en Configuración.</translation>
    </message>
    <message>
        <source>This API key lacks the &quot;%1&quot; permission. Create a key with it, or ask an administrator to grant it.</source>
        <translation>A esta clave de API le falta el permiso «%1». Cree una clave que lo tenga o pida a un administrador que se lo conceda.</translation>
    </message>
    <message>
        <source>The backend rejected the API key: it was revoked or does not exist. Create a new key and reconnect in Settings.</source>
        <translation>El backend rechazó la clave de API: se revocó o no existe. Cree una clave nueva y vuelva a conectarse en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>The backend is rate limiting requests. Retry in %n second(s).</source>
        <translation>
            <numerusform>El backend está limitando las solicitudes. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El backend está limitando las solicitudes. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend is rate limiting requests. Retry in a moment.</source>
        <translation>El backend está limitando las solicitudes. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The backend sent an answer that could not be read (invalid JSON at byte %1). Retry; if it persists, report it with the details below.</source>
        <translation>El backend envió una respuesta que no se pudo leer (JSON no válido en el byte %1). Vuelva a intentarlo; si persiste, notifíquelo con los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>The backend refused the request (%1).</source>
        <translation>El backend rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>BackendUrl</name>
    <message>
        <source>Enter the backend&apos;s address, e.g. https://ats.example.com.</source>
        <translation>Introduzca la dirección del backend, p. ej., https://ats.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for this machine).</source>
        <translation>La dirección debe empezar por https:// (o http:// para este equipo).</translation>
    </message>
    <message>
        <source>Use https:// for a backend on another machine: over http:// the API key travels unencrypted. Tick &quot;Allow insecure connection&quot; only for a trusted test network.</source>
        <translation>Use https:// para un backend en otro equipo: con http:// la clave de API viaja sin cifrar. Marque «Permitir conexión no segura» solo en una red de pruebas de confianza.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; enter the API key in its own field.</source>
        <translation>No incluya credenciales en la dirección; introduzca la clave de API en su propio campo.</translation>
    </message>
</context>
<context>
    <name>CandidateLoader</name>
    <message>
        <source>The backend sent data that could not be read (%1). Retry; if it keeps happening, report it with the details below.</source>
        <translation>El backend envió datos que no se pudieron leer (%1). Vuelva a intentarlo; si sigue ocurriendo, notifíquelo con los detalles que aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>The %1 base URL is http on this computer — allowed for the sandbox</source>
        <translation>La URL base de %1 usa http en este equipo — permitido para la sandbox</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>The ATS accepted the %1 base URL</source>
        <translation>El ATS aceptó la URL base de %1</translation>
    </message>
    <message>
        <source>%1 holds an active ATS API key</source>
        <translation>%1 tiene una clave de API del ATS activa</translation>
    </message>
    <message>
        <source>The ATS API key for %1 is active</source>
        <translation>La clave de API del ATS para %1 está activa</translation>
    </message>
    <message>
        <source>The ATS verified the signature of the last webhook from %1</source>
        <translation>El ATS verificó la firma del último webhook de %1</translation>
    </message>
    <message>
        <source>%1 accepts the %1 API key stored in the ATS</source>
        <translation>%1 acepta la clave de API de %1 guardada en el ATS</translation>
    </message>
    <message>
        <source>%1 finished its first sync of jobs and stages</source>
        <translation>%1 completó su primera sincronización de puestos y etapas</translation>
    </message>
    <message>
        <source>%1 received a signed webhook from the ATS</source>
        <translation>%1 recibió un webhook firmado del ATS</translation>
    </message>
    <message>
        <source>An ATS webhook sends to %1</source>
        <translation>Un webhook del ATS envía a %1</translation>
    </message>
    <message>
        <source>%1 has an active stage-change listener</source>
        <translation>%1 tiene un listener de cambio de etapa activo</translation>
    </message>
    <message>
        <source>The %1 credential verification key is stored in the ATS</source>
        <translation>La clave de verificación de credenciales de %1 está guardada en el ATS</translation>
    </message>
    <message>
        <source>The %1 base URL uses https</source>
        <translation>La URL base de %1 usa https</translation>
    </message>
    <message>
        <source>The %1 base URL uses https (or http on this computer)</source>
        <translation>La URL base de %1 usa https (o http en este equipo)</translation>
    </message>
    <message>
        <source>%1 lists its assessment packages</source>
        <translation>%1 muestra sus paquetes de evaluación</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Pre-interview screen</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Waiting on response</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Candidate accepted</source>
        <translation>Aceptada por el candidato</translation>
    </message>
    <message>
        <source>Candidate rejected</source>
        <translation>Rechazada por el candidato</translation>
    </message>
    <message>
        <source>Waiting on candidate</source>
        <translation>Esperando al candidato</translation>
    </message>
    <message>
        <source>Waiting on approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Waiting on approvals</source>
        <translation>Esperando aprobaciones</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Jornada completa</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Media jornada</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Autónomo</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>Paste the address the partner gave you.</source>
        <translation>Pegue la dirección que le dio el partner.</translation>
    </message>
    <message>
        <source>https: the connection is encrypted.</source>
        <translation>https: la conexión está cifrada.</translation>
    </message>
    <message>
        <source>http on this computer — allowed for the sandbox.</source>
        <translation>http en este equipo — permitido para la sandbox.</translation>
    </message>
    <message>
        <source>Plain http to another computer is not allowed: use the https address.</source>
        <translation>No se permite http sin cifrar hacia otro equipo: use la dirección https.</translation>
    </message>
    <message>
        <source>This is not a web address. It starts with https://.</source>
        <translation>Esto no es una dirección web. Empieza por https://.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Solo local</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitida</translation>
    </message>
</context>
<context>
    <name>HumaansSetup</name>
    <message>
        <source>Humaans reads hired candidates, their job and their offer with this key.</source>
        <translation>Humaans lee con esta clave a los candidatos contratados, su puesto y su oferta.</translation>
    </message>
    <message>
        <source>Connect Humaans</source>
        <translation>Conectar Humaans</translation>
    </message>
    <message>
        <source>Give Humaans the ATS API key, then copy back the request URL and the secret token Humaans shows for the ATS&apos;s events.</source>
        <translation>Dé a Humaans la clave de API del ATS y copie aquí la Request URL y el Secret Token que Humaans muestra para los eventos del ATS.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Humaans, open &lt;b&gt;Admin › Integrations&lt;/b&gt;, find Ashby, click &lt;b&gt;Configure&lt;/b&gt; and &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Request URL&lt;/b&gt; and the &lt;b&gt;Secret Token&lt;/b&gt; Humaans shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Humaans, abra &lt;b&gt;Admin › Integrations&lt;/b&gt;, busque Ashby y haga clic en &lt;b&gt;Configure&lt;/b&gt; y en &lt;b&gt;Enable integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pegue la clave de API del ATS y haga clic en &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie en los campos de abajo la &lt;b&gt;Request URL&lt;/b&gt; y el &lt;b&gt;Secret Token&lt;/b&gt; que muestra Humaans.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clave de API del ATS</translation>
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
        <translation>Hacer este paso en el &amp;Humaans simulado</translation>
    </message>
    <message>
        <source>✓ Humaans accepted the key and shows its Request URL and Secret Token.</source>
        <translation>✓ Humaans aceptó la clave y muestra su Request URL y su Secret Token.</translation>
    </message>
    <message>
        <source>ATS webhook</source>
        <translation>Webhook del ATS</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate is marked as hired, they appear in Humaans under &lt;b&gt;New hires&lt;/b&gt; for review before they become members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuando un candidato se marca como contratado, aparece en Humaans en &lt;b&gt;New hires&lt;/b&gt; para revisarlo antes de que pase a ser miembro.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>IntegrationCategory</name>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Video interviews</source>
        <translation>Entrevistas en vídeo</translation>
    </message>
    <message>
        <source>HRIS</source>
        <comment>category: HR information systems</comment>
        <translation>HRIS</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>Verificación de antecedentes</translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Start Juro contract workflows from an interview stage or an offer. When the contract is completed in Juro, the offer is marked accepted.</source>
        <translation>Inicie flujos de contratos de Juro desde una etapa de entrevista o una oferta. Cuando el contrato se completa en Juro, la oferta se marca como aceptada.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Marketplace &gt; Juro and click Enable.</source>
        <translation>Abra Admin &gt; Integrations &gt; Marketplace &gt; Juro y haga clic en Enable.</translation>
    </message>
    <message>
        <source>Create an Ashby API key named Juro so Juro can push updates.</source>
        <translation>Cree una clave de API de Ashby llamada Juro para que Juro pueda enviar actualizaciones.</translation>
    </message>
    <message>
        <source>In Juro, open Settings &gt; Integrations &gt; API, activate the API and copy its key.</source>
        <translation>En Juro, abra Settings &gt; Integrations &gt; API, active la API y copie su clave.</translation>
    </message>
    <message>
        <source>In Juro, add a webhook to Ashby with a security signature secret set to that key and all triggers.</source>
        <translation>En Juro, añada un webhook hacia Ashby con un secreto de firma de seguridad igual a esa clave y todos los triggers.</translation>
    </message>
    <message>
        <source>Paste the Juro API key into the Juro settings in Ashby and click Update.</source>
        <translation>Pegue la clave de API de Juro en la configuración de Juro en Ashby y haga clic en Update.</translation>
    </message>
    <message>
        <source>Add a Juro workflow under Admin &gt; Integrations &gt; External workflows.</source>
        <translation>Añada un flujo de Juro en Admin &gt; Integrations &gt; External workflows.</translation>
    </message>
    <message>
        <source>Invite candidates to a Willo video interview when they reach a chosen stage. Their responses come back as notes on the candidate.</source>
        <translation>Invite a los candidatos a una entrevista en vídeo de Willo cuando lleguen a una etapa elegida. Sus respuestas vuelven como notas en el candidato.</translation>
    </message>
    <message>
        <source>Open Admin &gt; API Keys and click New.</source>
        <translation>Abra Admin &gt; API Keys y haga clic en New.</translation>
    </message>
    <message>
        <source>Name the key so its purpose stays clear, then click Create API Key.</source>
        <translation>Dé a la clave un nombre que deje claro su propósito y haga clic en Create API Key.</translation>
    </message>
    <message>
        <source>Copy the key now; it is shown only once.</source>
        <translation>Copie la clave ahora; solo se muestra una vez.</translation>
    </message>
    <message>
        <source>Paste the key into Willo&apos;s connection dialog and click Continue.</source>
        <translation>Pegue la clave en el diálogo de conexión de Willo y haga clic en Continue.</translation>
    </message>
    <message>
        <source>In Willo, select Enable on the Ashby tile and grant access.</source>
        <translation>En Willo, seleccione Enable en el mosaico de Ashby y conceda el acceso.</translation>
    </message>
    <message>
        <source>Connect each Willo interview to an Ashby job and trigger stage.</source>
        <translation>Conecte cada entrevista de Willo con un puesto y una etapa de activación de Ashby.</translation>
    </message>
    <message>
        <source>Import hired candidates into Humaans automatically. They wait in the New hires tab for review before they become members.</source>
        <translation>Importe automáticamente a Humaans a los candidatos contratados. Esperan en la pestaña New hires para revisarlos antes de que pasen a ser miembros.</translation>
    </message>
    <message>
        <source>In Humaans, open Admin &gt; Integrations and enable the Ashby integration.</source>
        <translation>En Humaans, abra Admin &gt; Integrations y active la integración de Ashby.</translation>
    </message>
    <message>
        <source>Create an Ashby API key and leave Integration Partner blank.</source>
        <translation>Cree una clave de API de Ashby y deje Integration Partner en blanco.</translation>
    </message>
    <message>
        <source>Paste the key into Humaans and click Save.</source>
        <translation>Pegue la clave en Humaans y haga clic en Save.</translation>
    </message>
    <message>
        <source>Create an Application Updated webhook with the Request URL from Humaans.</source>
        <translation>Cree un webhook Application Updated con la Request URL de Humaans.</translation>
    </message>
    <message>
        <source>Paste the Secret Token from Humaans into the webhook.</source>
        <translation>Pegue en el webhook el Secret Token de Humaans.</translation>
    </message>
    <message>
        <source>Import a candidate into Sora as an employee and add them to a workflow, such as Onboarding, when they enter a chosen stage.</source>
        <translation>Importe un candidato a Sora como empleado y añádalo a un flujo, como Onboarding, cuando entre en una etapa elegida.</translation>
    </message>
    <message>
        <source>Create an Ashby API key.</source>
        <translation>Cree una clave de API de Ashby.</translation>
    </message>
    <message>
        <source>In Sora, open Settings &gt; Integrations &gt; Ashby and paste the key.</source>
        <translation>En Sora, abra Settings &gt; Integrations &gt; Ashby y pegue la clave.</translation>
    </message>
    <message>
        <source>Toggle the integration to Active and click Save.</source>
        <translation>Ponga el interruptor de la integración en Active y haga clic en Save.</translation>
    </message>
    <message>
        <source>Map Ashby candidate fields to Sora employee fields under Inbound field mapping.</source>
        <translation>Asigne los campos de candidato de Ashby a los campos de empleado de Sora en Inbound field mapping.</translation>
    </message>
    <message>
        <source>In Sora, add a Candidate stage change listener to the workflow.</source>
        <translation>En Sora, añada al flujo un listener Candidate stage change.</translation>
    </message>
    <message>
        <source>Create an Ashby webhook with the Endpoint URL and Secret key from Sora.</source>
        <translation>Cree un webhook de Ashby con la Endpoint URL y la Secret key de Sora.</translation>
    </message>
    <message>
        <source>In Sora, click Create event listener.</source>
        <translation>En Sora, haga clic en Create event listener.</translation>
    </message>
    <message>
        <source>Start Justifacts background checks from a candidate&apos;s profile. Status updates and a link to the results appear on the assessment activity.</source>
        <translation>Inicie verificaciones de antecedentes de Justifacts desde el perfil de un candidato. Las actualizaciones de estado y un enlace a los resultados aparecen en la actividad de evaluación.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; API keys and click New.</source>
        <translation>Abra Admin &gt; Integrations &gt; API keys y haga clic en New.</translation>
    </message>
    <message>
        <source>Choose Justifacts as the integration partner, select Read all and Write all, and create the key.</source>
        <translation>Elija Justifacts como partner de integración, seleccione Read all y Write all, y cree la clave.</translation>
    </message>
    <message>
        <source>Copy the key at once and share it with Justifacts; it is shown only once.</source>
        <translation>Copie la clave enseguida y compártala con Justifacts; solo se muestra una vez.</translation>
    </message>
    <message>
        <source>Open Admin &gt; Integrations &gt; Integrations and select Justifacts.</source>
        <translation>Abra Admin &gt; Integrations &gt; Integrations y seleccione Justifacts.</translation>
    </message>
    <message>
        <source>Enter the credential verification key Justifacts sent you and select the new Ashby key.</source>
        <translation>Introduzca la clave de verificación de credenciales que le envió Justifacts y seleccione la nueva clave de Ashby.</translation>
    </message>
    <message>
        <source>Paste the Justifacts staging base URL into its field.</source>
        <translation>Pegue en su campo la URL base de staging de Justifacts.</translation>
    </message>
    <message>
        <source>Add a Justifacts activity to the background check stage of each interview plan.</source>
        <translation>Añada una actividad de Justifacts a la etapa de verificación de antecedentes de cada plan de entrevistas.</translation>
    </message>
    <message>
        <source>%1 is not included in any plan of this organisation.</source>
        <translation>%1 no está incluido en ningún plan de esta organización.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans.</source>
        <translation>%1 está incluido en los planes %2.</translation>
    </message>
    <message>
        <source>%1 is included in the %2 plans; this organisation is on %3.</source>
        <translation>%1 está incluido en los planes %2; esta organización tiene %3.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of plans</comment>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>JuroSetup</name>
    <message>
        <source>Checking the Juro API key with Juro…</source>
        <translation>Comprobando la clave de API de Juro con Juro…</translation>
    </message>
    <message>
        <source>The ATS could not check the Juro API key.</source>
        <translation>El ATS no pudo comprobar la clave de API de Juro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Juro&apos;s test webhook arrived and its signature verified&lt;/b&gt; (HTTP %1).</source>
        <translation>&lt;b&gt;✓ Llegó el webhook de prueba de Juro y se verificó su firma&lt;/b&gt; (HTTP %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;✗ Juro&apos;s test webhook was not accepted&lt;/b&gt; (HTTP %1): %2</source>
        <translation>&lt;b&gt;✗ No se aceptó el webhook de prueba de Juro&lt;/b&gt; (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Looking for Juro&apos;s test webhook…</source>
        <translation>Buscando el webhook de prueba de Juro…</translation>
    </message>
    <message>
        <source>No verified webhook from Juro has arrived yet.</source>
        <translation>Todavía no ha llegado ningún webhook verificado de Juro.</translation>
    </message>
    <message>
        <source>Juro uses this key to push contract updates to the ATS. You do not need to copy it. Revoking it later cuts off Juro&apos;s access.</source>
        <translation>Juro usa esta clave para enviar al ATS las actualizaciones de contratos. No necesita copiarla. Si la revoca más adelante, Juro pierde el acceso.</translation>
    </message>
    <message>
        <source>Paste the Juro API key</source>
        <translation>Pegue la clave de API de Juro</translation>
    </message>
    <message>
        <source>The ATS uses it to call Juro and to verify the webhooks Juro sends.</source>
        <translation>El ATS la usa para llamar a Juro y para verificar los webhooks que envía Juro.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations&lt;/b&gt; and select &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Activate&lt;/b&gt; if the API is not active yet.&lt;/li&gt;&lt;li&gt;Copy the API key from the text box and paste it below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Juro, abra &lt;b&gt;Settings › Integrations&lt;/b&gt; y seleccione &lt;b&gt;API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Haga clic en &lt;b&gt;Activate&lt;/b&gt; si la API aún no está activa.&lt;/li&gt;&lt;li&gt;Copie la clave de API del cuadro de texto y péguela abajo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Juro API key</source>
        <translation>Clave de API de Juro</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Juro</source>
        <translation>Hacer este paso en el &amp;Juro simulado</translation>
    </message>
    <message>
        <source>Add the ATS webhook in Juro</source>
        <translation>Añadir el webhook del ATS en Juro</translation>
    </message>
    <message>
        <source>Juro signs every webhook with your Juro API key; the ATS checks the signature.</source>
        <translation>Juro firma cada webhook con su clave de API de Juro; el ATS comprueba la firma.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Juro, open &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; and click &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter the values below, choose &lt;b&gt;Security signature&lt;/b&gt; and paste your Juro API key as the secret.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;all&lt;/b&gt; triggers, click &lt;b&gt;Save webhook&lt;/b&gt;, then send a test webhook.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Juro, abra &lt;b&gt;Settings › Integrations › Webhooks&lt;/b&gt; y haga clic en &lt;b&gt;+ Add new&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Introduzca los valores de abajo, elija &lt;b&gt;Security signature&lt;/b&gt; y pegue su clave de API de Juro como secreto.&lt;/li&gt;&lt;li&gt;Elija &lt;b&gt;all&lt;/b&gt; en los triggers, haga clic en &lt;b&gt;Save webhook&lt;/b&gt; y envíe un webhook de prueba.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Webhook security</source>
        <translation>Seguridad del webhook</translation>
    </message>
    <message>
        <source>Security signature</source>
        <translation>Security signature</translation>
    </message>
    <message>
        <source>Signature secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Add it in the simulated &amp;Juro and send a test webhook</source>
        <translation>Añadirlo en el &amp;Juro simulado y enviar un webhook de prueba</translation>
    </message>
    <message>
        <source>I saved the webhook in Juro and sent a test webhook</source>
        <translation>Guardé el webhook en Juro y envié un webhook de prueba</translation>
    </message>
    <message>
        <source>Webhook at Juro</source>
        <translation>Webhook en Juro</translation>
    </message>
    <message>
        <source>&lt;p&gt;Juro workflows are listed with the field mappings. Once one exists, add it to an interview plan or start it from an offer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los flujos de Juro aparecen junto a las asignaciones de campos. Cuando exista uno, añádalo a un plan de entrevistas o inícielo desde una oferta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JustifactsSetup</name>
    <message>
        <source>The key is made for the integration partner Justifacts (which also names it) with Read all and Write all. Share it with Justifacts: it is shown only once.</source>
        <translation>La clave se crea para el partner de integración Justifacts (que también le pone nombre) con «Leer todo» y «Escribir todo». Compártala con Justifacts: solo se muestra una vez.</translation>
    </message>
    <message>
        <source>Justifacts settings</source>
        <translation>Configuración de Justifacts</translation>
    </message>
    <message>
        <source>Connection proven</source>
        <translation>Conexión comprobada</translation>
    </message>
    <message>
        <source>Justifacts answered the ATS with the background-check packages you can add to interview plans:</source>
        <translation>Justifacts respondió al ATS con los paquetes de verificación de antecedentes que puede añadir a los planes de entrevistas:</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>&lt;p&gt;In each interview plan, add a Justifacts activity to the background-check stage and choose its package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En cada plan de entrevistas, añada una actividad de Justifacts a la etapa de verificación de antecedentes y elija su paquete.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Jobs: read</source>
        <translation>Puestos: lectura</translation>
    </message>
    <message>
        <source>Jobs: write</source>
        <translation>Puestos: escritura</translation>
    </message>
    <message>
        <source>Candidates and applications: read</source>
        <translation>Candidatos y candidaturas: lectura</translation>
    </message>
    <message>
        <source>Candidates and applications: write</source>
        <translation>Candidatos y candidaturas: escritura</translation>
    </message>
    <message>
        <source>Candidates: delete</source>
        <translation>Candidatos: eliminación</translation>
    </message>
    <message>
        <source>Interview plans and stages: read</source>
        <translation>Planes de entrevistas y etapas: lectura</translation>
    </message>
    <message>
        <source>Interviews: write</source>
        <translation>Entrevistas: escritura</translation>
    </message>
    <message>
        <source>Hiring metadata: read</source>
        <translation>Metadatos de contratación: lectura</translation>
    </message>
    <message>
        <source>Hiring metadata: write</source>
        <translation>Metadatos de contratación: escritura</translation>
    </message>
    <message>
        <source>Organisation and users: read</source>
        <translation>Organización y usuarios: lectura</translation>
    </message>
    <message>
        <source>Organisation and integrations: write</source>
        <translation>Organización e integraciones: escritura</translation>
    </message>
    <message>
        <source>Offers: read</source>
        <translation>Ofertas: lectura</translation>
    </message>
    <message>
        <source>Offers: write</source>
        <translation>Ofertas: escritura</translation>
    </message>
    <message>
        <source>API keys and webhooks: read</source>
        <translation>Claves de API y webhooks: lectura</translation>
    </message>
    <message>
        <source>API keys and webhooks: write</source>
        <translation>Claves de API y webhooks: escritura</translation>
    </message>
    <message>
        <source>Approvals: read</source>
        <translation>Aprobaciones: lectura</translation>
    </message>
    <message>
        <source>Approvals: write</source>
        <translation>Aprobaciones: escritura</translation>
    </message>
    <message>
        <source>Reports: read</source>
        <translation>Informes: lectura</translation>
    </message>
    <message>
        <source>Notetaker: read</source>
        <translation>Notetaker: lectura</translation>
    </message>
    <message>
        <source>Read all</source>
        <translation>Leer todo</translation>
    </message>
    <message>
        <source>Write all</source>
        <translation>Escribir todo</translation>
    </message>
    <message>
        <source>Read and write all</source>
        <translation>Leer y escribir todo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions</source>
        <translation>
            <numerusform>%n permiso</numerusform>
            <numerusform>%n permisos</numerusform>
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
        <translation>Leer candidatos y candidaturas</translation>
    </message>
    <message>
        <source>Change candidates, notes and stages</source>
        <translation>Cambiar candidatos, notas y etapas</translation>
    </message>
    <message>
        <source>Read jobs</source>
        <translation>Leer puestos</translation>
    </message>
    <message>
        <source>Change jobs</source>
        <translation>Cambiar puestos</translation>
    </message>
    <message>
        <source>Read interview plans and stages</source>
        <translation>Leer planes de entrevistas y etapas</translation>
    </message>
    <message>
        <source>Change interviews</source>
        <translation>Cambiar entrevistas</translation>
    </message>
    <message>
        <source>Read custom fields and archive reasons</source>
        <translation>Leer campos personalizados y motivos de archivo</translation>
    </message>
    <message>
        <source>Read the organisation and users</source>
        <translation>Leer la organización y los usuarios</translation>
    </message>
    <message>
        <source>Change organisation settings</source>
        <translation>Cambiar la configuración de la organización</translation>
    </message>
    <message>
        <source>Read offers</source>
        <translation>Leer ofertas</translation>
    </message>
    <message>
        <source>Change offers</source>
        <translation>Cambiar ofertas</translation>
    </message>
    <message>
        <source>Read API keys and webhooks</source>
        <translation>Leer claves de API y webhooks</translation>
    </message>
    <message>
        <source>Change API keys and webhooks</source>
        <translation>Cambiar claves de API y webhooks</translation>
    </message>
    <message>
        <source>Read all and write all</source>
        <translation>Leer todo y escribir todo</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>El llavero no contiene ese secreto.</translation>
    </message>
    <message>
        <source>This secret has an invalid backend id or name.</source>
        <translation>Este secreto tiene un id o nombre de backend no válido.</translation>
    </message>
    <message>
        <source>or keep secrets for this session only.</source>
        <translation>o guarde los secretos solo para esta sesión.</translation>
    </message>
    <message>
        <source>No Secret Service is running. Install and start gnome-keyring (or KWallet), %1</source>
        <translation>No hay ningún Secret Service en ejecución. Instale e inicie gnome-keyring (o KWallet), %1</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example in Passwords and Keys) and try again, %1</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéelo (por ejemplo, en Contraseñas y claves) y vuelva a intentarlo, %1</translation>
    </message>
    <message>
        <source>This system has no supported keychain. Keep secrets for this session only.</source>
        <translation>Este sistema no tiene ningún llavero compatible. Guarde los secretos solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>El llavero no pudo eliminar el secreto: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer properly (%1). Make sure gnome-keyring (or KWallet) is running and unlocked, %2</source>
        <translation>El llavero no respondió correctamente (%1). Asegúrese de que gnome-keyring (o KWallet) está en ejecución y desbloqueado, %2</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero notificó un error: %1</translation>
    </message>
</context>
<context>
    <name>SoraSetup</name>
    <message>
        <source>Sora reads the candidate, their job and their stage with this key.</source>
        <translation>Sora lee con esta clave al candidato, su puesto y su etapa.</translation>
    </message>
    <message>
        <source>Connect Sora</source>
        <translation>Conectar Sora</translation>
    </message>
    <message>
        <source>You need to be in Sora&apos;s Administrators group.</source>
        <translation>Necesita pertenecer al grupo Administrators de Sora.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the API key field.&lt;/li&gt;&lt;li&gt;Toggle the switch to &lt;b&gt;Active&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Sora, abra &lt;b&gt;Settings › Integrations › Ashby&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pegue la clave de API del ATS en el campo API key.&lt;/li&gt;&lt;li&gt;Ponga el interruptor en &lt;b&gt;Active&lt;/b&gt; y haga clic en &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clave de API del ATS</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Sora</source>
        <translation>Hacer este paso en el &amp;Sora simulado</translation>
    </message>
    <message>
        <source>✓ Sora accepted the key; the integration is Active.</source>
        <translation>✓ Sora aceptó la clave; la integración está en Active.</translation>
    </message>
    <message>
        <source>I pasted the key into Sora, set it Active and saved</source>
        <translation>Pegué la clave en Sora, la puse en Active y guardé</translation>
    </message>
    <message>
        <source>Asking whether Sora holds a working key…</source>
        <translation>Preguntando si Sora tiene una clave que funcione…</translation>
    </message>
    <message>
        <source>Sora is not connected yet.</source>
        <translation>Sora aún no está conectado.</translation>
    </message>
    <message>
        <source>Listener in Sora</source>
        <translation>Listener en Sora</translation>
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
        <translation>Webhook del ATS</translation>
    </message>
    <message>
        <source>&lt;p&gt;When a candidate enters &lt;b&gt;%1&lt;/b&gt;, Sora imports them as an employee and adds them to the &lt;b&gt;%2&lt;/b&gt; workflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuando un candidato entra en &lt;b&gt;%1&lt;/b&gt;, Sora lo importa como empleado y lo añade al flujo &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivitiesTab</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>+ &amp;New activity</source>
        <translation>+ &amp;Nueva actividad</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Start another assessment package for this application</source>
        <translation>Iniciar otro paquete de evaluación para esta candidatura</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Assessment package</source>
        <translation>Paquete de evaluación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Activities of this application</source>
        <translation>Actividades de esta candidatura</translation>
    </message>
    <message>
        <source>+ New activity</source>
        <translation>+ Nueva actividad</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no candidate activities.</source>
        <translation>Este backend solo usa la API pública de Ashby, que no tiene actividades de candidatos.</translation>
    </message>
    <message>
        <source>For the application to %1 at the stage &quot;%2&quot;.</source>
        <translation>Para la candidatura a %1 en la etapa «%2».</translation>
    </message>
    <message>
        <source>This candidate has no application, so nothing runs for them.</source>
        <translation>Este candidato no tiene ninguna candidatura, así que no hay nada en marcha para él.</translation>
    </message>
    <message>
        <source>Activities run for an application; this candidate has none.</source>
        <translation>Las actividades se ejecutan para una candidatura, y este candidato no tiene ninguna.</translation>
    </message>
    <message>
        <source>Candidate activities need a backend with Tessera&apos;s extensions, such as the local sandbox.</source>
        <translation>Las actividades de candidatos requieren un backend con las extensiones de Tessera, como la sandbox local.</translation>
    </message>
    <message>
        <source>Loading the activities of %1…</source>
        <translation>Cargando las actividades de %1…</translation>
    </message>
    <message>
        <source>No activities at this stage. Activities are partner steps such as a background check or a contract workflow: an admin places them on interview stages in Interview plans, and they appear here when the candidate reaches that stage. You can also start an assessment by hand with + New activity.</source>
        <translation>No hay actividades en esta etapa. Las actividades son pasos de un partner, como una verificación de antecedentes o un flujo de contrato: un administrador las coloca en las etapas de entrevista en Planes de entrevistas y aparecen aquí cuando el candidato llega a esa etapa. También puede iniciar una evaluación manualmente con + Nueva actividad.</translation>
    </message>
    <message>
        <source>The activities could not be loaded.</source>
        <translation>No se pudieron cargar las actividades.</translation>
    </message>
    <message>
        <source>The activities could not be loaded. %1</source>
        <translation>No se pudieron cargar las actividades. %1</translation>
    </message>
    <message>
        <source>The activities could not be refreshed; what is shown may be out of date. %1</source>
        <translation>No se pudieron actualizar las actividades; puede que lo que se muestra esté desactualizado. %1</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 recibe el nombre, el correo electrónico y el enlace al perfil de %2, además del puesto «%3», e inicia «%4».</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Iniciar evaluación</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Iniciar la evaluación %1</translation>
    </message>
    <message>
        <source>The packages could not be listed. %1</source>
        <translation>No se pudo obtener la lista de paquetes. %1</translation>
    </message>
    <message>
        <source>Asking %1 which packages it offers…</source>
        <translation>Preguntando a %1 qué paquetes ofrece…</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityCard</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>External workflow</source>
        <translation>Flujo externo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 from %3</source>
        <translation>%1, %2 de %3</translation>
    </message>
    <message>
        <source>%1, %2 from %3, problem: %4</source>
        <translation>%1, %2 de %3, problema: %4</translation>
    </message>
    <message>
        <source>Delete removes it, Alt+Up and Alt+Down reorder it, Ctrl+M moves it to another stage.</source>
        <translation>Supr la quita, Alt+Flecha arriba y Alt+Flecha abajo cambian su orden, Ctrl+M la mueve a otra etapa.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Elegir otro paquete</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Change the workflow&apos;s entry point</source>
        <translation>Cambiar el punto de inicio del flujo</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Mover a etapa…</translation>
    </message>
    <message>
        <source>Remove this activity</source>
        <translation>Quitar esta actividad</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityChart</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 runs and checks (%L4 %)</source>
        <translation>%1: %L2 de %L3 ejecuciones y verificaciones (%L4 %)</translation>
    </message>
    <message>
        <source>The runs and checks could not be loaded.</source>
        <translation>No se pudieron cargar las ejecuciones y verificaciones.</translation>
    </message>
    <message>
        <source>Loading the runs and checks…</source>
        <translation>Cargando las ejecuciones y verificaciones…</translation>
    </message>
    <message>
        <source>No runs or checks in this period.</source>
        <translation>No hay ejecuciones ni verificaciones en este periodo.</translation>
    </message>
    <message>
        <source>%L1 runs and checks: %L2 completed, %L3 failed, %L4 cancelled, %L5 still open; %L6 stuck.</source>
        <translation>%L1 ejecuciones y verificaciones: %L2 completadas, %L3 fallidas, %L4 canceladas, %L5 aún abiertas; %L6 estancadas.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Desactualizado: falló la última actualización. %1</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Ejecuciones y verificaciones por estado</translation>
    </message>
</context>
<context>
    <name>Tessera::ActivityPicker</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>No puede ser una actividad: se inicia desde una oferta.</translation>
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
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Esta consola</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
</context>
<context>
    <name>Tessera::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva clave…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Clave seleccionada</translation>
    </message>
    <message>
        <source>Keys that partners and scripts use to reach the ATS. A key&apos;s secret is shown once, when it is created.</source>
        <translation>Claves que usan los partners y los scripts para acceder al ATS. El secreto de una clave se muestra una sola vez, al crearla.</translation>
    </message>
    <message>
        <source>The key was revoked.</source>
        <translation>Se revocó la clave.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Cargando claves de API…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. See the message above.</source>
        <translation>No se pudieron cargar las claves de API. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>No API keys yet. Create one for each partner or script that needs to reach the ATS.</source>
        <translation>Aún no hay claves de API. Cree una para cada partner o script que necesite acceder al ATS.</translation>
    </message>
    <message>
        <source>Select a key to see its permissions.</source>
        <translation>Seleccione una clave para ver sus permisos.</translation>
    </message>
    <message>
        <source>%1 — permissions: %2. Used by: %3.</source>
        <translation>%1 — permisos: %2. Usada por: %3.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>¿Revocar la clave «%1»?</translation>
    </message>
    <message>
        <source>Tessera cannot tell what uses this key. Anything that uses it stops working at once. This cannot be undone.</source>
        <translation>Tessera no puede saber qué usa esta clave. Todo lo que la use dejará de funcionar de inmediato. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>No integration uses this key. Scripts that use it stop working at once. This cannot be undone.</source>
        <translation>Ninguna integración usa esta clave. Los scripts que la usen dejarán de funcionar de inmediato. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>These integrations use this key and stop working at once: %1. Give them a new key first. This cannot be undone.</source>
        <translation>Estas integraciones usan esta clave y dejarán de funcionar de inmediato: %1. Deles primero una clave nueva. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Tessera itself uses this key: after revoking it, this console loses access to the backend until you give it a new key.</source>
        <translation>Tessera usa esta clave: si la revoca, esta consola pierde el acceso al backend hasta que le dé una clave nueva.</translation>
    </message>
    <message>
        <source>&amp;Revoke key</source>
        <translation>&amp;Revocar clave</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
</context>
<context>
    <name>Tessera::ApplicationActivities</name>
    <message>
        <source>No enabled integration runs assessments. Enable Justifacts in the Marketplace, then try again.</source>
        <translation>Ninguna integración activada realiza evaluaciones. Active Justifacts en el Marketplace y vuelva a intentarlo.</translation>
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
        <translation>Actual</translation>
    </message>
    <message>
        <source>Job / stage</source>
        <translation>Puesto / etapa</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until / updated</source>
        <translation>Hasta / actualizado</translation>
    </message>
</context>
<context>
    <name>Tessera::ArchiveReasonsModel</name>
    <message>
        <source>Rejected by the organisation</source>
        <translation>Rechazado por la organización</translation>
    </message>
    <message>
        <source>Rejected by the candidate</source>
        <translation>Rechazado por el candidato</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
</context>
<context>
    <name>Tessera::AtsKeyPage</name>
    <message>
        <source>&amp;Create API key</source>
        <translation>&amp;Crear clave de API</translation>
    </message>
    <message>
        <source>Create the ATS API key</source>
        <translation>Crear la clave de API del ATS</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>New ATS API key</source>
        <translation>Nueva clave de API del ATS</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>&amp;Nombre de la clave:</translation>
    </message>
    <message>
        <source>Integration partner:</source>
        <translation>Partner de integración:</translation>
    </message>
    <message>
        <source>(left blank, as %1 asks)</source>
        <translation>(en blanco, como pide %1)</translation>
    </message>
    <message>
        <source>What %1 may do with this key</source>
        <translation>Qué puede hacer %1 con esta clave</translation>
    </message>
    <message>
        <source>Create ATS API key</source>
        <translation>Crear clave de API del ATS</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created.</source>
        <translation>La clave se muestra una sola vez, justo después de crearla.</translation>
    </message>
    <message>
        <source>The key “%1” was created earlier. It is not shown again; revoke it on the API keys page if it was lost.</source>
        <translation>La clave «%1» se creó antes. No se vuelve a mostrar; revóquela en la página Claves de API si se perdió.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now.</source>
        <translation>Clave «%1» creada. Es la única vez que se muestra: cópiela ahora.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. Tessera keeps it in the system keychain for this setup.</source>
        <translation>Clave «%1» creada. Es la única vez que se muestra: cópiela ahora. Tessera la guarda en el llavero del sistema para esta configuración.</translation>
    </message>
    <message>
        <source>Key “%1” created. This is the only time it is shown: copy it now. The system keychain did not take it, so a resumed setup cannot show it again.</source>
        <translation>Clave «%1» creada. Es la única vez que se muestra: cópiela ahora. El llavero del sistema no la aceptó, así que si reanuda la configuración no podrá volver a mostrarla.</translation>
    </message>
</context>
<context>
    <name>Tessera::BackendContext</name>
    <message>
        <source>Syncing candidates</source>
        <translation>Sincronizando candidatos</translation>
    </message>
    <message>
        <source>Syncing applications</source>
        <translation>Sincronizando candidaturas</translation>
    </message>
    <message>
        <source>Refreshing jobs, plans and stages</source>
        <translation>Actualizando puestos, planes y etapas</translation>
    </message>
</context>
<context>
    <name>Tessera::BusySpinner</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateActivityCard</name>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>No cancelar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Ver resultado</translation>
    </message>
    <message>
        <source>For example: the candidate withdrew</source>
        <translation>Por ejemplo: el candidato retiró su candidatura</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Estancada</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 has not reported for %2. Check the candidate in %1, or cancel and start again.</source>
        <translation>%1 no ha informado de nada desde hace %2. Compruebe el candidato en %1, o cancele y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>&amp;Start workflow</source>
        <translation>&amp;Iniciar flujo</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translation>&amp;Iniciar evaluación</translation>
    </message>
    <message>
        <source>Start workflow %1</source>
        <translation>Iniciar el flujo %1</translation>
    </message>
    <message>
        <source>Start assessment %1</source>
        <translation>Iniciar la evaluación %1</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>View result of %1</source>
        <translation>Ver el resultado de %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Iniciar flujo</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Iniciar evaluación</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Confirmar: iniciar %1</translation>
    </message>
    <message>
        <source>%1 receives %2&apos;s name, email address and profile link and the job &quot;%3&quot;, and starts &quot;%4&quot; for them.</source>
        <translation>%1 recibe el nombre, el correo electrónico y el enlace al perfil de %2, además del puesto «%3», e inicia «%4».</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>este candidato</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled? %1 is told this reason.</source>
        <translation>¿&amp;Por qué se cancela? Se comunicará este motivo a %1.</translation>
    </message>
    <message>
        <source>Reason for cancelling %1</source>
        <translation>Motivo para cancelar %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel workflow</source>
        <translation>Cancelar flujo</translation>
    </message>
    <message>
        <source>Cancel assessment</source>
        <translation>Cancelar evaluación</translation>
    </message>
    <message>
        <source>Confirm: cancel %1</source>
        <translation>Confirmar: cancelar %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Motivo de la cancelación: %1</translation>
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
        <translation>%1 indica «%2»</translation>
    </message>
    <message>
        <source>From the interview plan</source>
        <translation>Del plan de entrevistas</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Esperando a %1…</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Cargando los campos de «%1»…</translation>
    </message>
    <message>
        <source>Check the fields above: %1 receives them and starts &quot;%2&quot; for %3.</source>
        <translation>Compruebe los campos de arriba: %1 los recibe e inicia «%2» para %3.</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Entrevista en vídeo</translation>
    </message>
    <message>
        <source>View response</source>
        <translation>Ver respuesta</translation>
    </message>
    <message>
        <source>View response to %1</source>
        <translation>Ver la respuesta a %1</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due %2</source>
        <translation>%1 lo revisará en su próxima sincronización, prevista a las %2</translation>
    </message>
    <message>
        <source>%1 looks at its next sync, due now</source>
        <translation>%1 lo revisará en su próxima sincronización, prevista ahora</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateDetailPane</name>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>&amp;Mover a etapa…</translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation>Detalles del candidato</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mover a etapa</translation>
    </message>
    <message>
        <source>Move an application of this candidate to another stage (Alt+M)</source>
        <translation>Mover una candidatura de este candidato a otra etapa (Alt+M)</translation>
    </message>
    <message>
        <source>Select a candidate to see their applications, notes and offers.</source>
        <translation>Seleccione un candidato para ver sus candidaturas, notas y ofertas.</translation>
    </message>
    <message>
        <source>The note was not saved. %1 Your text is still in the editor.</source>
        <translation>La nota no se guardó. %1 Su texto sigue en el editor.</translation>
    </message>
    <message>
        <source>The candidate could not be loaded. %1</source>
        <translation>No se pudo cargar el candidato. %1</translation>
    </message>
    <message>
        <source>%1 could not be loaded. %2</source>
        <translation>No se pudo cargar %1. %2</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Cargando el candidato…</translation>
    </message>
    <message>
        <source>Loading applications, notes and offers of %1…</source>
        <translation>Cargando candidaturas, notas y ofertas de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateHeader</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>Correo y teléfono</translation>
    </message>
    <message>
        <source>No applications yet</source>
        <translation>Aún no hay candidaturas</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>No email or phone on file</source>
        <translation>No consta correo ni teléfono</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Abre %1 en el navegador</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateListPane</name>
    <message>
        <source>Candidate count</source>
        <translation>Número de candidatos</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de sincronización</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidato</translation>
    </message>
    <message>
        <source>%L1 candidates</source>
        <translation>%L1 candidatos</translation>
    </message>
    <message>
        <source>1 of %L1 matches</source>
        <translation>1 de %L1 coincide</translation>
    </message>
    <message>
        <source>%L1 of %L2 match</source>
        <translation>%L1 de %L2 coinciden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 of %L2</source>
        <translation>Cargando candidatos… %L1 de %L2</translation>
    </message>
    <message>
        <source>Loading candidates… %L1 so far</source>
        <translation>Cargando candidatos… %L1 hasta ahora</translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation>Cargando candidatos…</translation>
    </message>
    <message>
        <source>Loading stages and jobs…</source>
        <translation>Cargando etapas y puestos…</translation>
    </message>
    <message>
        <source>No candidate matches “%1”.</source>
        <translation>Ningún candidato coincide con «%1».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Quitar filtro</translation>
    </message>
    <message>
        <source>No candidates yet. They appear here as soon as someone applies or is added in the ATS.</source>
        <translation>Aún no hay candidatos. Aparecerán aquí en cuanto alguien presente una candidatura o se añada en el ATS.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Candidates could not be loaded. See the message above.</source>
        <translation>No se pudieron cargar los candidatos. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Candidates load once Tessera is connected to a backend.</source>
        <translation>Los candidatos se cargan cuando Tessera está conectado a un backend.</translation>
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
        <translation>Candidatos</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidateTabs</name>
    <message>
        <source>No offers for this candidate.</source>
        <translation>No hay ofertas para este candidato.</translation>
    </message>
    <message>
        <source>This candidate has not applied to any job yet.</source>
        <translation>Este candidato aún no se ha presentado a ningún puesto.</translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation>Secciones del candidato</translation>
    </message>
    <message>
        <source>Applications and stage history</source>
        <translation>Candidaturas e historial de etapas</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Appli&amp;cations (%L1)</source>
        <translation>&amp;Candidaturas (%L1)</translation>
    </message>
    <message>
        <source>Appli&amp;cations</source>
        <translation>&amp;Candidaturas</translation>
    </message>
    <message>
        <source>&amp;Notes (%L1)</source>
        <translation>&amp;Notas (%L1)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>O&amp;ffers (%L1)</source>
        <translation>O&amp;fertas (%L1)</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>O&amp;fertas</translation>
    </message>
    <message>
        <source>Ac&amp;tivities (%L1)</source>
        <translation>Ac&amp;tividades (%L1)</translation>
    </message>
    <message>
        <source>Ac&amp;tivities</source>
        <translation>Ac&amp;tividades</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>Tessera::CandidatesView</name>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Buscar candidatos</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Buscar por nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters as you type. Enter also searches the server for candidates that are not synced yet.</source>
        <translation>Filtra mientras escribe. Intro también busca en el servidor candidatos que aún no se han sincronizado.</translation>
    </message>
    <message>
        <source>searching the server…</source>
        <translation>buscando en el servidor…</translation>
    </message>
    <message>
        <source>none more on the server</source>
        <translation>no hay más en el servidor</translation>
    </message>
    <message>
        <source>1 found on the server</source>
        <translation>1 encontrado en el servidor</translation>
    </message>
    <message>
        <source>%L1 found on the server</source>
        <translation>%L1 encontrados en el servidor</translation>
    </message>
</context>
<context>
    <name>Tessera::CaptureRunner</name>
    <message>
        <source>Employment contract (UK)</source>
        <translation>Contrato laboral (Reino Unido)</translation>
    </message>
    <message>
        <source>Contractor agreement</source>
        <translation>Contrato de prestación de servicios</translation>
    </message>
    <message>
        <source>Offer NDA</source>
        <translation>NDA de la oferta</translation>
    </message>
</context>
<context>
    <name>Tessera::CheckedPage</name>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectDialog</name>
    <message>
        <source>Try the local sandbox</source>
        <translation>Probar la sandbox local</translation>
    </message>
    <message>
        <source>Connect to a backend</source>
        <translation>Conectar a un backend</translation>
    </message>
    <message>
        <source>Allow insecure connection (http:// to another machine)</source>
        <translation>Permitir conexión no segura (http:// a otro equipo)</translation>
    </message>
    <message>
        <source>Connect Tessera</source>
        <translation>Conectar Tessera</translation>
    </message>
    <message>
        <source>Tessera manages the integrations of an applicant tracking system. Start with the local sandbox — a complete demo organisation on this computer — or connect to your backend.</source>
        <translation>Tessera gestiona las integraciones de un sistema de seguimiento de candidatos (ATS). Empiece con la sandbox local —una organización de demostración completa en este equipo— o conéctese a su backend.</translation>
    </message>
    <message>
        <source>No account needed. Data stays on this computer.</source>
        <translation>No necesita cuenta. Los datos se quedan en este equipo.</translation>
    </message>
    <message>
        <source>e.g. Production ATS</source>
        <translation>p. ej., ATS de producción</translation>
    </message>
    <message>
        <source>Backend name</source>
        <translation>Nombre del backend</translation>
    </message>
    <message>
        <source>Backend address</source>
        <translation>Dirección del backend</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pegue la clave de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>The key is checked with the backend, then kept only in your system keychain.</source>
        <translation>La clave se comprueba con el backend y después se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Comprobación de la conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Paste the API key that your ATS administrator created for Tessera.</source>
        <translation>Pegue la clave de API que el administrador de su ATS creó para Tessera.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Comprobando la clave con %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectionIndicator</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: %1 (sandbox) · plan %2</source>
        <translation>Conectado: %1 (sandbox) · plan %2</translation>
    </message>
    <message>
        <source>Connected: %1 · plan %2</source>
        <translation>Conectado: %1 · plan %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ConsoleController</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>No se pudo iniciar la sandbox integrada: %1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Tessera console (embedded sandbox)</source>
        <translation>Consola Tessera (sandbox integrada)</translation>
    </message>
    <message>
        <source>Tessera is not connected to a backend. Press Retry to connect, or choose a backend in Settings.</source>
        <translation>Tessera no está conectado a ningún backend. Pulse Reintentar para conectar o elija un backend en Configuración.</translation>
    </message>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s (attempt %2)…</source>
        <translation>
            <numerusform>%1 Reintentando en %n s (intento %2)…</numerusform>
            <numerusform>%1 Reintentando en %n s (intento %2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected Tessera&apos;s API key: it was revoked or deleted. Create a new key in your ATS and reconnect.</source>
        <translation>%1 rechazó la clave de API de Tessera: se revocó o se eliminó. Cree una clave nueva en su ATS y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Tessera never writes API keys to disk in clear text. You can keep this key in memory until Tessera quits instead.</source>
        <translation>Tessera nunca guarda claves de API en el disco sin cifrar. En su lugar, puede conservar esta clave en memoria hasta que cierre Tessera.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conservar solo en esta sesión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Tessera::CreateApiKeyDialog</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>C&amp;rear clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>None — a key for your own scripts</source>
        <translation>Ninguno — una clave para sus propios scripts</translation>
    </message>
    <message>
        <source>Integration partner</source>
        <translation>Partner de integración</translation>
    </message>
    <message>
        <source>Key title</source>
        <translation>Título de la clave</translation>
    </message>
    <message>
        <source>e.g. Payroll export</source>
        <translation>p. ej., Exportación de nóminas</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Pe&amp;rmissions:</source>
        <translation>Per&amp;misos:</translation>
    </message>
    <message>
        <source>Another key is being created. Try again in a moment.</source>
        <translation>Se está creando otra clave. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The key is being created; its secret shows here in a moment, once only.</source>
        <translation>Se está creando la clave; su secreto aparecerá aquí en un momento, una sola vez.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Integrations and webhook deliveries</source>
        <translation>Integraciones y entregas de webhooks</translation>
    </message>
    <message>
        <source>The health of every enabled integration, and what to do when one is not working.</source>
        <translation>El estado de cada integración activada y qué hacer cuando una no funciona.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Check every integration again (F5)</source>
        <translation>Volver a comprobar todas las integraciones (F5)</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>The integrations&apos; health could not be loaded. Retry above once the backend answers again.</source>
        <translation>No se pudo cargar el estado de las integraciones. Vuelva a intentarlo arriba cuando el backend responda de nuevo.</translation>
    </message>
    <message>
        <source>No integration is enabled yet, so there is nothing to watch. Enable one in the marketplace.</source>
        <translation>Aún no hay ninguna integración activada, así que no hay nada que supervisar. Active una en el Marketplace.</translation>
    </message>
    <message>
        <source>Open marketplace</source>
        <translation>Abrir el Marketplace</translation>
    </message>
    <message>
        <source>Checking the integrations…</source>
        <translation>Comprobando las integraciones…</translation>
    </message>
    <message numerus="yes">
        <source>%1 started failing. Its card says why and how to fix it.</source>
        <translation>
            <numerusform>%1 ha dejado de funcionar. Su tarjeta indica el motivo y cómo solucionarlo.</numerusform>
            <numerusform>%1 han dejado de funcionar. Sus tarjetas indican el motivo y cómo solucionarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera: integration failing</source>
        <translation>Tessera: una integración no funciona</translation>
    </message>
    <message>
        <source>Runs and checks by status</source>
        <translation>Ejecuciones y verificaciones por estado</translation>
    </message>
    <message>
        <source>Period of the delivery and activity charts</source>
        <translation>Periodo de los gráficos de entregas y actividades</translation>
    </message>
</context>
<context>
    <name>Tessera::DataAgeLabel</name>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Actualizado hace %1 s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Actualizado hace %1 min</translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation>Actualizado hace %1 h</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Actualizado hace %n día</numerusform>
            <numerusform>Actualizado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>No se pudo cargar</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Refresh failed · %1</source>
        <translation>Error al actualizar · %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
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
%L2 entregadas, %L3 fallidas
latencia p95: %4</translation>
    </message>
    <message>
        <source>Delivered (%)</source>
        <translation>Entregadas (%)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>Latencia p95 (ms)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded.</source>
        <translation>No se pudieron cargar las cifras de entregas.</translation>
    </message>
    <message>
        <source>Loading the delivery figures…</source>
        <translation>Cargando las cifras de entregas…</translation>
    </message>
    <message>
        <source>No webhook deliveries in this period.</source>
        <translation>No hay entregas de webhooks en este periodo.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deliveries succeeded (%L3 %), %L4 failed; p95 latency %5.</source>
        <translation>%L1 de %L2 entregas correctas (%L3 %), %L4 fallidas; latencia p95: %5.</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed. %1</source>
        <translation>Desactualizado: falló la última actualización. %1</translation>
    </message>
    <message>
        <source>Webhook deliveries over time</source>
        <translation>Evolución de las entregas de webhooks</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetail</name>
    <message>
        <source>This connection has no keychain, so the secret was used once and not remembered.</source>
        <translation>Esta conexión no tiene llavero, así que el secreto se usó una vez y no se guardó.</translation>
    </message>
</context>
<context>
    <name>Tessera::DeliveryDetailDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s secret first.</source>
        <translation>Pegue primero el secreto del webhook.</translation>
    </message>
    <message>
        <source>The secret was used for this check but could not be remembered: %1</source>
        <translation>El secreto se usó para esta comprobación, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Loading the delivery…</source>
        <translation>Cargando la entrega…</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>sin respuesta HTTP</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 to %2 at %3 — attempt %4. Answer: %5 after %6.%7</source>
        <translation>%1 a %2 el %3 — intento %4. Respuesta: %5 tras %6.%7</translation>
    </message>
    <message>
        <source>The backend recorded no headers for this attempt.</source>
        <translation>El backend no registró encabezados para este intento.</translation>
    </message>
    <message>
        <source>Status: %1
Latency: %2

%3</source>
        <translation>Estado: %1
Latencia: %2

%3</translation>
    </message>
    <message>
        <source>Signature matches: the body is what was signed with this secret.</source>
        <translation>La firma coincide: el cuerpo es el que se firmó con este secreto.</translation>
    </message>
    <message>
        <source>Signature does not match — the body was changed or the secret differs.</source>
        <translation>La firma no coincide — el cuerpo se modificó o el secreto es distinto.</translation>
    </message>
    <message>
        <source>This attempt was logged without its headers, so there is no signature to check.</source>
        <translation>Este intento se registró sin sus encabezados, así que no hay ninguna firma que comprobar.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this webhook (it was created outside this console). Paste its secret token to check the signature; it is not shown or logged.</source>
        <translation>El llavero no contiene ningún secreto para este webhook (se creó fuera de esta consola). Pegue su secret token para comprobar la firma; no se muestra ni se registra.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1 Paste the webhook&apos;s secret token to check the signature instead.</source>
        <translation>No se pudo leer el secreto del llavero: %1 Pegue en su lugar el secret token del webhook para comprobar la firma.</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Detalles de la entrega</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Carga útil</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>&amp;Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Payload as sent, formatted</source>
        <translation>Carga útil tal como se envió, con formato</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Response status, latency and body</source>
        <translation>Estado, latencia y cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>Copi&amp;ar carga útil</translation>
    </message>
    <message>
        <source>Copy the payload to the clipboard</source>
        <translation>Copiar la carga útil al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>Veri&amp;ficar firma</translation>
    </message>
    <message>
        <source>Verify the signature with the webhook&apos;s secret</source>
        <translation>Verificar la firma con el secreto del webhook</translation>
    </message>
    <message>
        <source>Webhook secret token</source>
        <translation>Secret token del webhook</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keychain for this webhook</source>
        <translation>&amp;Guardarlo en el llavero para este webhook</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Check the signature with this secret</source>
        <translation>Comprobar la firma con este secreto</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Vol&amp;ver a entregar</translation>
    </message>
    <message>
        <source>Redeliver this delivery</source>
        <translation>Volver a realizar esta entrega</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Tessera::EnableWizard</name>
    <message>
        <source>Enable %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Resume setting up %1?</source>
        <translation>¿Reanudar la configuración de %1?</translation>
    </message>
    <message>
        <source>You started setting up %1 earlier and closed the wizard midway. Resume where you left off, or start over?</source>
        <translation>Empezó a configurar %1 y cerró el asistente a medias. ¿Quiere reanudar donde lo dejó o empezar de nuevo?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Stop setting up %1?</source>
        <translation>¿Dejar de configurar %1?</translation>
    </message>
    <message>
        <source>What you entered is kept and you can resume from the marketplace. Keys and secrets are kept only in the system keychain.</source>
        <translation>Lo que ha introducido se conserva y puede reanudar desde el Marketplace. Las claves y los secretos se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Keep setting up</source>
        <translation>&amp;Seguir configurando</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowDialog</name>
    <message>
        <source>&amp;Open its field mapping next</source>
        <translation>&amp;Abrir después su asignación de campos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;reate workflow</source>
        <translation>C&amp;rear flujo</translation>
    </message>
    <message>
        <source>Edit Juro workflow</source>
        <translation>Editar flujo de Juro</translation>
    </message>
    <message>
        <source>New Juro workflow</source>
        <translation>Nuevo flujo de Juro</translation>
    </message>
    <message>
        <source>Workflow title</source>
        <translation>Título del flujo</translation>
    </message>
    <message>
        <source>e.g. Employment contract (UK)</source>
        <translation>p. ej., Contrato laboral (Reino Unido)</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Se inicia desde</translation>
    </message>
    <message>
        <source>Recruiters start it as an activity on an interview plan stage.</source>
        <translation>Los reclutadores lo inician como actividad en una etapa de un plan de entrevistas.</translation>
    </message>
    <message>
        <source>Recruiters start it from a candidate&apos;s offer.</source>
        <translation>Los reclutadores lo inician desde la oferta de un candidato.</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Plantilla de Juro</translation>
    </message>
    <message>
        <source>The template cannot change: it decides the workflow&apos;s field mapping. Create a new workflow for another template.</source>
        <translation>La plantilla no se puede cambiar: determina la asignación de campos del flujo. Cree un flujo nuevo para otra plantilla.</translation>
    </message>
    <message>
        <source>Workflows on the same template share its field mapping.</source>
        <translation>Los flujos con la misma plantilla comparten su asignación de campos.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>Se inicia desde:</translation>
    </message>
    <message>
        <source>Juro t&amp;emplate:</source>
        <translation>&amp;Plantilla de Juro:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Give the workflow a title recruiters will recognise, e.g. &quot;Employment contract (UK)&quot;.</source>
        <translation>Dé al flujo un título que los reclutadores reconozcan, p. ej., «Contrato laboral (Reino Unido)».</translation>
    </message>
    <message>
        <source>Someone else changed this workflow; loading their version…</source>
        <translation>Otra persona cambió este flujo; cargando la versión de esa persona…</translation>
    </message>
    <message>
        <source>Someone else deleted this workflow while you were editing it. Press Create workflow to add it again with your changes, or Cancel.</source>
        <translation>Otra persona eliminó este flujo mientras usted lo editaba. Pulse Crear flujo para volver a añadirlo con sus cambios, o Cancelar.</translation>
    </message>
    <message>
        <source>Someone else changed this workflow while you were editing it; the list now shows their version. Press Save to replace it with yours, or Cancel to keep theirs.</source>
        <translation>Otra persona cambió este flujo mientras usted lo editaba; la lista muestra ahora la versión de esa persona. Pulse Guardar para sustituirla por la suya o Cancelar para conservar la de esa persona.</translation>
    </message>
    <message>
        <source>Saving the workflow…</source>
        <translation>Guardando el flujo…</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsModel</name>
    <message>
        <source>Workflow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Se inicia desde</translation>
    </message>
    <message>
        <source>Juro template</source>
        <translation>Plantilla de Juro</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>An interview plan activity</source>
        <translation>Una actividad del plan de entrevistas</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Una oferta</translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsPane</name>
    <message>
        <source>Juro workflows</source>
        <translation>Flujos de Juro</translation>
    </message>
    <message>
        <source>&amp;New workflow…</source>
        <translation>&amp;Nuevo flujo…</translation>
    </message>
    <message>
        <source>Edit wor&amp;kflow…</source>
        <translation>&amp;Editar flujo…</translation>
    </message>
    <message>
        <source>De&amp;lete workflow</source>
        <translation>E&amp;liminar flujo</translation>
    </message>
    <message>
        <source>Edit field mapp&amp;ing</source>
        <translation>Editar &amp;asignación de campos</translation>
    </message>
    <message>
        <source>Press Enter to edit the selected workflow&apos;s field mapping, F2 to edit the workflow.</source>
        <translation>Pulse Intro para editar la asignación de campos del flujo seleccionado, F2 para editar el flujo.</translation>
    </message>
    <message>
        <source>New workflow…</source>
        <translation>Nuevo flujo…</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nuevo flujo</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Desplegado</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Contraído</translation>
    </message>
    <message numerus="yes">
        <source>Juro workflows (%n)</source>
        <translation>
            <numerusform>Flujos de Juro (%n)</numerusform>
            <numerusform>Flujos de Juro (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading Juro&apos;s workflows…</source>
        <translation>Cargando los flujos de Juro…</translation>
    </message>
    <message>
        <source>Juro&apos;s workflows could not be loaded.</source>
        <translation>No se pudieron cargar los flujos de Juro.</translation>
    </message>
    <message>
        <source>No workflows yet. A workflow lets recruiters start a Juro contract from an interview plan activity or from an offer, filled from the ATS through its template&apos;s field mapping.</source>
        <translation>Aún no hay flujos. Un flujo permite a los reclutadores iniciar un contrato de Juro desde una actividad del plan de entrevistas o desde una oferta, con los datos del ATS rellenados mediante la asignación de campos de su plantilla.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No workflow uses the %1 template yet; its mapping below applies once one does.</source>
        <translation>Ningún flujo usa aún la plantilla %1; la asignación de abajo se aplicará en cuanto uno la use.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 mapping below fills %2.</source>
        <translation>
            <numerusform>La asignación de %1 de abajo rellena %2.</numerusform>
            <numerusform>La asignación de %1 de abajo rellena %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete the workflow “%1”? Recruiters can no longer start it.</source>
        <translation>¿Eliminar el flujo «%1»? Los reclutadores ya no podrán iniciarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Its template&apos;s field mapping stays: %n other workflow(s) use it.</source>
        <translation>
            <numerusform>La asignación de campos de su plantilla se conserva: la usa %n flujo más.</numerusform>
            <numerusform>La asignación de campos de su plantilla se conserva: la usan %n flujos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its template&apos;s field mapping stays for a later workflow.</source>
        <translation>La asignación de campos de su plantilla se conserva para un flujo posterior.</translation>
    </message>
    <message>
        <source>Delete the workflow?</source>
        <translation>¿Eliminar el flujo?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Tessera::FailedDeliveries</name>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Integration or webhook</source>
        <translation>Integración o webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
</context>
<context>
    <name>Tessera::FailureReasons</name>
    <message>
        <source>Redirected (HTTP 3xx)</source>
        <translation>Redirigida (HTTP 3xx)</translation>
    </message>
    <message>
        <source>Rejected (HTTP 4xx)</source>
        <translation>Rechazada (HTTP 4xx)</translation>
    </message>
    <message>
        <source>Server error (HTTP 5xx)</source>
        <translation>Error del servidor (HTTP 5xx)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>Tessera::FailuresPanel</name>
    <message>
        <source>in the last 24 hours</source>
        <translation>en las últimas 24 horas</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>en los últimos 7 días</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>en los últimos 30 días</translation>
    </message>
    <message>
        <source>Loading failed deliveries…</source>
        <translation>Cargando las entregas fallidas…</translation>
    </message>
    <message>
        <source>The failed deliveries could not be loaded. Retry above once the backend answers again.</source>
        <translation>No se pudieron cargar las entregas fallidas. Vuelva a intentarlo arriba cuando el backend responda de nuevo.</translation>
    </message>
    <message>
        <source>No delivery failed %1 with these filters. Widen the period or clear a filter to see more.</source>
        <translation>Ninguna entrega ha fallado %1 con estos filtros. Amplíe el periodo o quite un filtro para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; loading more…</source>
        <translation>
            <numerusform>Se muestra %n entrega fallida; cargando más…</numerusform>
            <numerusform>Se muestran %n entregas fallidas; cargando más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>Se muestra %n entrega fallida; desplácese hacia abajo para ver más.</numerusform>
            <numerusform>Se muestran %n entregas fallidas; desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; that is all %1.</source>
        <translation>
            <numerusform>Se muestra %n entrega fallida; es la única %1.</numerusform>
            <numerusform>Se muestran %n entregas fallidas; son todas las que hay %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Entregas fallidas</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Todas las integraciones</translation>
    </message>
    <message>
        <source>Filter by integration</source>
        <translation>Filtrar por integración</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Todos los webhooks</translation>
    </message>
    <message>
        <source>Filter by webhook</source>
        <translation>Filtrar por webhook</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Filter by event</source>
        <translation>Filtrar por evento</translation>
    </message>
    <message>
        <source>Failed, no retry coming</source>
        <translation>Fallida, sin más reintentos</translation>
    </message>
    <message>
        <source>Failed, will be retried</source>
        <translation>Fallida, se reintentará</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>In the last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Period of the failed deliveries</source>
        <translation>Periodo de las entregas fallidas</translation>
    </message>
    <message>
        <source>Text in the response…</source>
        <translation>Texto de la respuesta…</translation>
    </message>
    <message>
        <source>Filter by text in the response</source>
        <translation>Filtrar por texto de la respuesta</translation>
    </message>
    <message>
        <source>Failed deliveries, newest first</source>
        <translation>Entregas fallidas, las más recientes primero</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Show the selected delivery&apos;s details</source>
        <translation>Mostrar los detalles de la entrega seleccionada</translation>
    </message>
    <message>
        <source>Redeliver &amp;selected</source>
        <translation>Volver a entregar &amp;selección</translation>
    </message>
    <message>
        <source>Redeliver the selected deliveries</source>
        <translation>Volver a entregar las entregas seleccionadas</translation>
    </message>
    <message>
        <source>Redeliver &amp;all matching</source>
        <translation>Volver a entregar &amp;todas</translation>
    </message>
    <message>
        <source>Redeliver every delivery that matches the filters</source>
        <translation>Volver a entregar todas las entregas que coinciden con los filtros</translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation>%1 · %L2</translation>
    </message>
    <message>
        <source>Not current: the last refresh failed, so these rows may be out of date. %1</source>
        <translation>No actualizado: la última actualización falló, así que estas filas pueden estar desfasadas. %1</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>Cualquier motivo de fallo</translation>
    </message>
    <message>
        <source>Filter by failure reason</source>
        <translation>Filtrar por motivo de fallo</translation>
    </message>
    <message>
        <source>The counts are the failures of the delivery chart&apos;s period.</source>
        <translation>Las cifras cuentan los fallos del periodo del gráfico de entregas.</translation>
    </message>
</context>
<context>
    <name>Tessera::FieldMappingsView</name>
    <message>
        <source>Field mappings</source>
        <translation>Asignaciones de campos</translation>
    </message>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Sí, restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Integration and target</source>
        <translation>Integración y destino</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>A&amp;signación:</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>No mapping targets yet — enable an integration in the Marketplace.</source>
        <translation>Aún no hay destinos de asignación: active una integración en el Marketplace.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Abrir el Marketplace</translation>
    </message>
    <message>
        <source>You have unsaved changes to this mapping from an earlier session. Restore them?</source>
        <translation>Tiene cambios sin guardar en esta asignación de una sesión anterior. ¿Quiere restaurarlos?</translation>
    </message>
    <message>
        <source>&amp;Target fields</source>
        <translation>Campos de des&amp;tino</translation>
    </message>
    <message>
        <source>Target fields</source>
        <translation>Campos de destino</translation>
    </message>
    <message>
        <source>Press Enter to map the selected source field here, Delete to remove a mapping.</source>
        <translation>Pulse Intro para asignar aquí el campo de origen seleccionado y Supr para quitar una asignación.</translation>
    </message>
    <message>
        <source>&amp;Map the selected source here</source>
        <translation>Asignar aquí el &amp;origen seleccionado</translation>
    </message>
    <message>
        <source>Map &amp;to…</source>
        <translation>&amp;Asignar a…</translation>
    </message>
    <message>
        <source>&amp;Remove mapping</source>
        <translation>&amp;Quitar asignación</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Volver a lo guardado</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Sugerir asignaciones</translation>
    </message>
    <message>
        <source>Map the unmapped target fields whose names match a source field, in one step that Undo takes back</source>
        <translation>Asigna los campos de destino sin asignar cuyo nombre coincide con un campo de origen, en un solo paso que Deshacer revierte</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Más acciones de asignación</translation>
    </message>
    <message>
        <source>Default mapping (not saved yet)</source>
        <translation>Asignación predeterminada (aún sin guardar)</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Todos los cambios guardados · versión %1</translation>
    </message>
    <message>
        <source>Loading the integrations…</source>
        <translation>Cargando las integraciones…</translation>
    </message>
    <message>
        <source>Loading the %1 mapping…</source>
        <translation>Cargando la asignación de %1…</translation>
    </message>
    <message>
        <source>No unmapped target field matches a source field by name; map them by hand.</source>
        <translation>Ningún campo de destino sin asignar coincide por nombre con un campo de origen; asígnelos a mano.</translation>
    </message>
    <message>
        <source>Mapped 1 field — Undo to take it back.</source>
        <translation>1 campo asignado — Deshacer lo revierte.</translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n fields — Undo to take them back.</source>
        <translation>
            <numerusform>%n campo asignado — Deshacer lo revierte.</numerusform>
            <numerusform>%n campos asignados — Deshacer los revierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mapping above.</source>
        <translation>Elija una asignación arriba.</translation>
    </message>
    <message>
        <source>The mapping could not be loaded.</source>
        <translation>No se pudo cargar la asignación.</translation>
    </message>
    <message>
        <source>Some source fields changed since this mapping was saved; their rows are marked in the Source column. %1</source>
        <translation>Algunos campos de origen cambiaron desde que se guardó esta asignación; sus filas están marcadas en la columna Origen. %1</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Elija un campo de destino para editar cómo se da forma a su valor.</translation>
    </message>
    <message>
        <source>%1 is not mapped. Map a source field to it, or add a Constant, Default or Join transform.</source>
        <translation>%1 no está asignado. Asígnele un campo de origen o añada una transformación Constante, Predeterminado o Unir.</translation>
    </message>
    <message>
        <source>Transforms for %1 (no source field)</source>
        <translation>Transformaciones de %1 (sin campo de origen)</translation>
    </message>
    <message>
        <source>Transforms for %1, from %2</source>
        <translation>Transformaciones de %1, desde %2</translation>
    </message>
    <message>
        <source>Select a source field on the left first, then press Enter on the target field.</source>
        <translation>Seleccione primero un campo de origen a la izquierda y pulse Intro en el campo de destino.</translation>
    </message>
    <message>
        <source>Map %1 to</source>
        <translation>Asignar %1 a</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (ahora %2)</translation>
    </message>
    <message>
        <source>Replace the mapping?</source>
        <translation>¿Sustituir la asignación?</translation>
    </message>
    <message>
        <source>%1 is already mapped from %2. Replace that mapping?</source>
        <translation>%1 ya está asignado desde %2. ¿Sustituir esa asignación?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>The mapping was changed by someone else</source>
        <translation>Otra persona cambió la asignación</translation>
    </message>
    <message>
        <source>Someone saved the %1 mapping (now version %2) while you were editing it. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Otra persona guardó la asignación de %1 (ahora versión %2) mientras usted la editaba. Recargue la versión de esa persona y perderá sus cambios sin guardar, o sobrescríbala con la suya. Comparar muestra ambas.</translation>
    </message>
    <message>
        <source>Your rows</source>
        <translation>Sus filas</translation>
    </message>
    <message>
        <source>Their rows</source>
        <translation>Filas de la otra persona</translation>
    </message>
    <message>
        <source>(transforms only)</source>
        <translation>(solo transformaciones)</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(sin filas)</translation>
    </message>
</context>
<context>
    <name>Tessera::FinishPage</name>
    <message>
        <source>Created in this setup</source>
        <translation>Creado en esta configuración</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Tessera enables the integration and tests both ends of the connection.</source>
        <translation>Tessera activa la integración y comprueba ambos extremos de la conexión.</translation>
    </message>
    <message>
        <source>Enable and check</source>
        <translation>Activar y comprobar</translation>
    </message>
    <message>
        <source>Add a %1 workflow</source>
        <translation>Añadir un flujo de %1</translation>
    </message>
    <message>
        <source>Review the field mappings</source>
        <translation>Revisar las asignaciones de campos</translation>
    </message>
    <message>
        <source>Add %1 to an interview plan</source>
        <translation>Añadir %1 a un plan de entrevistas</translation>
    </message>
    <message>
        <source>Enabling %1…</source>
        <translation>Activando %1…</translation>
    </message>
    <message>
        <source>Testing both ends…</source>
        <translation>Comprobando ambos extremos…</translation>
    </message>
    <message>
        <source>%1 is enabled and every check passed.</source>
        <translation>La integración %1 está activada y ha superado todas las comprobaciones.</translation>
    </message>
    <message>
        <source>%1 is enabled, but a check failed. Fix it and try again, or finish and fix it later from the marketplace.</source>
        <translation>La integración %1 está activada, pero una comprobación ha fallado. Corríjala y vuelva a intentarlo, o termine y corríjala más tarde desde el Marketplace.</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Comprobado a las %1</translation>
    </message>
    <message>
        <source>ATS API key:</source>
        <translation>Clave de API del ATS:</translation>
    </message>
    <message>
        <source>ATS webhook:</source>
        <translation>Webhook del ATS:</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Listener in %1:</source>
        <translation>Listener en %1:</translation>
    </message>
    <message>
        <source>%1, stage %2 (ID %3)</source>
        <translation>%1, etapa %2 (ID %3)</translation>
    </message>
</context>
<context>
    <name>Tessera::HealthCard</name>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message numerus="yes">
        <source>%n recent webhook deliveries failed. Check the webhook&apos;s URL and the partner&apos;s answers, then redeliver.</source>
        <translation>
            <numerusform>Ha fallado %n entrega reciente de webhook. Compruebe la URL del webhook y las respuestas del partner y, después, vuelva a entregarla.</numerusform>
            <numerusform>Han fallado %n entregas recientes de webhook. Compruebe la URL del webhook y las respuestas del partner y, después, vuelva a entregarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key %1 uses was revoked or is missing. Create a new key and enter it in the setup.</source>
        <translation>La clave de API que usa %1 se revocó o falta. Cree una clave nueva e introdúzcala en la configuración.</translation>
    </message>
    <message>
        <source>%1 does not answer. Try again later, or check the connection in its setup.</source>
        <translation>%1 no responde. Vuelva a intentarlo más tarde o compruebe la conexión en su configuración.</translation>
    </message>
    <message>
        <source>The last sync is overdue. Open the setup and run a sync.</source>
        <translation>La sincronización lleva retraso. Abra la configuración e inicie una sincronización.</translation>
    </message>
    <message>
        <source>Nothing was checked in the last hour. Test the connection to find out.</source>
        <translation>No se ha comprobado nada en la última hora. Pruebe la conexión para saber cómo está.</translation>
    </message>
    <message>
        <source>Open webhook</source>
        <translation>Abrir webhook</translation>
    </message>
    <message>
        <source>Open API keys</source>
        <translation>Abrir claves de API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation>%L1 min</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>The dashboard could not refresh. Last known state: %1.</source>
        <translation>No se pudo actualizar el panel. Último estado conocido: %1.</translation>
    </message>
    <message>
        <source>Last success %1</source>
        <translation>Último éxito %1</translation>
    </message>
    <message>
        <source>No success yet</source>
        <translation>Aún sin éxito</translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>próxima sincronización %1</translation>
    </message>
    <message>
        <source>sync overdue since %1</source>
        <translation>sincronización pendiente desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 run(s) have not moved for longer than usual. Open the candidate, check the run with %1, or cancel it and start again.</source>
        <translation>
            <numerusform>%n ejecución de %1 lleva sin avanzar más tiempo de lo habitual. Abra el candidato, compruebe la ejecución en %1, o cancélela y vuelva a empezar.</numerusform>
            <numerusform>%n ejecuciones de %1 llevan sin avanzar más tiempo de lo habitual. Abra el candidato, compruebe la ejecución en %1, o cancélela y vuelva a empezar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open candidate</source>
        <translation>Abrir candidato</translation>
    </message>
</context>
<context>
    <name>Tessera::IntegrationPanel</name>
    <message>
        <source>&amp;Fix…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>&amp;Asignación de campos…</translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation>Detalles de la integración</translation>
    </message>
    <message>
        <source>Which ATS fields the partner receives, and how they are shaped</source>
        <translation>Qué campos del ATS recibe el partner y cómo se les da forma</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Cerrar el panel (Esc)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de configuración</translation>
    </message>
    <message>
        <source>✓ Included</source>
        <translation>✓ Incluido</translation>
    </message>
    <message>
        <source>✗ Not included</source>
        <translation>✗ No incluido</translation>
    </message>
    <message>
        <source>%1 (your plan)</source>
        <translation>%1 (su plan)</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>Acti&amp;var…</translation>
    </message>
    <message>
        <source>Workflows and field &amp;mapping…</source>
        <translation>Flujos y asignación de ca&amp;mpos…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La conexión funciona.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection has a problem.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La conexión tiene un problema.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>No se pudo realizar la prueba: %1</translation>
    </message>
    <message>
        <source>%1 in the simulated %2</source>
        <translation>%1 en el %2 simulado</translation>
    </message>
    <message>
        <source>None yet. They arrive here when the ATS sends %1 a record: after a hire or a stage change, as the integration is set up.</source>
        <translation>Aún no hay ninguno. Llegan aquí cuando el ATS envía un registro a %1: tras una contratación o un cambio de etapa, según cómo esté configurada la integración.</translation>
    </message>
    <message>
        <source>⚠ Fields that could not be filled: %1. The field mapping&apos;s preview shows why.</source>
        <translation>⚠ Campos que no se pudieron rellenar: %1. La vista previa de la asignación de campos muestra por qué.</translation>
    </message>
    <message>
        <source>The simulated partner</source>
        <translation>El partner simulado</translation>
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
        <translation>Activada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>No incluida en su plan</translation>
    </message>
</context>
<context>
    <name>Tessera::InterviewPlansView</name>
    <message>
        <source>Interview plans</source>
        <translation>Planes de entrevistas</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Stages of the interview plan</source>
        <translation>Etapas del plan de entrevistas</translation>
    </message>
    <message>
        <source>No job has an interview plan yet. Create a job with an interview plan in the ATS, then design its activities here.</source>
        <translation>Aún no hay ningún puesto con plan de entrevistas. Cree en el ATS un puesto con plan de entrevistas y, después, diseñe aquí sus actividades.</translation>
    </message>
    <message>
        <source>This plan has no activities yet. An activity is a step a partner runs when a candidate reaches a stage, such as a Justifacts background check or a Juro contract workflow. Drag one from the palette onto a stage, or focus a stage and press Insert.</source>
        <translation>Este plan aún no tiene actividades. Una actividad es un paso que realiza un partner cuando un candidato llega a una etapa, como una verificación de antecedentes de Justifacts o un flujo de contrato de Juro. Arrastre una desde la paleta a una etapa, o seleccione una etapa y pulse Insert.</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Cargando los puestos…</translation>
    </message>
    <message>
        <source>Loading the interview plan of %1…</source>
        <translation>Cargando el plan de entrevistas de %1…</translation>
    </message>
</context>
<context>
    <name>Tessera::JobPicker</name>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Type to find a job</source>
        <translation>Escriba para buscar un puesto</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipo de empleo</translation>
    </message>
</context>
<context>
    <name>Tessera::JustifactsSettingsPage</name>
    <message>
        <source>Configure Justifacts</source>
        <translation>Configurar Justifacts</translation>
    </message>
    <message>
        <source>Justifacts e-mails you a credential verification key. The ATS uses it, with the base URL, to fetch Justifacts&apos; packages.</source>
        <translation>Justifacts le envía por correo electrónico una clave de verificación de credenciales. El ATS la usa, junto con la URL base, para obtener los paquetes de Justifacts.</translation>
    </message>
    <message>
        <source>Justifacts credential verification key</source>
        <translation>Clave de verificación de credenciales de Justifacts</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clave de API del ATS</translation>
    </message>
    <message>
        <source>Staging base URL</source>
        <translation>URL base de staging</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Paste the credential verification key and the staging base URL from Justifacts&apos; e-mail.&lt;/li&gt;&lt;li&gt;Choose the ATS API key you share with Justifacts (the one you just created).&lt;/li&gt;&lt;li&gt;On Next, the ATS fetches Justifacts&apos; packages to prove both ends work.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Pegue la clave de verificación de credenciales y la URL base de staging del correo de Justifacts.&lt;/li&gt;&lt;li&gt;Elija la clave de API del ATS que comparte con Justifacts (la que acaba de crear).&lt;/li&gt;&lt;li&gt;Al pulsar Siguiente, el ATS obtiene los paquetes de Justifacts para demostrar que ambos extremos funcionan.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>From Justifacts</source>
        <translation>De Justifacts</translation>
    </message>
    <message>
        <source>&amp;Credential verification key:</source>
        <translation>Clave de &amp;verificación de credenciales:</translation>
    </message>
    <message>
        <source>ATS API &amp;key:</source>
        <translation>C&amp;lave de API del ATS:</translation>
    </message>
    <message>
        <source>Staging &amp;base URL:</source>
        <translation>URL &amp;base de staging:</translation>
    </message>
    <message>
        <source>Get them from the simulated &amp;Justifacts</source>
        <translation>Obtenerlas del &amp;Justifacts simulado</translation>
    </message>
    <message>
        <source>Asking the simulated Justifacts…</source>
        <translation>Consultando al Justifacts simulado…</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Cargando claves…</translation>
    </message>
    <message>
        <source>Keys could not be loaded</source>
        <translation>No se pudieron cargar las claves</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No active key: go back and create one</source>
        <translation>No hay ninguna clave activa: vuelva atrás y cree una</translation>
    </message>
    <message>
        <source>Fetching Justifacts&apos; packages…</source>
        <translation>Obteniendo los paquetes de Justifacts…</translation>
    </message>
</context>
<context>
    <name>Tessera::LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
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
        <source>Browse integrations and enable them with guided wizards.</source>
        <translation>Explore las integraciones y actívelas con asistentes guiados.</translation>
    </message>
    <message>
        <source>Map ATS fields to partner fields with drag and drop.</source>
        <translation>Asigne campos del ATS a campos del partner arrastrando y soltando.</translation>
    </message>
    <message>
        <source>Add partner activities to interview-plan stages.</source>
        <translation>Añada actividades de partners a las etapas de los planes de entrevistas.</translation>
    </message>
    <message>
        <source>Search candidates and run manual actions.</source>
        <translation>Busque candidatos y realice acciones manuales.</translation>
    </message>
    <message>
        <source>See the health of every integration at a glance.</source>
        <translation>Vea el estado de todas las integraciones de un vistazo.</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, idioma y dónde se guardan los secretos.</translation>
    </message>
    <message>
        <source>Keys partners use to reach the ATS, and who uses them.</source>
        <translation>Claves que usan los partners para acceder al ATS, y quién las usa.</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners, and every delivery.</source>
        <translation>Eventos que el ATS envía a los partners, y cada entrega.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Access for partners</source>
        <translation>Acceso de partners</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Tareas en segundo plano</translation>
    </message>
    <message>
        <source>Background work progress</source>
        <translation>Progreso de las tareas en segundo plano</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Connect to a backend first: the quick switcher searches it.</source>
        <translation>Conéctese primero a un backend: el selector rápido busca en él.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Asignaciones de campos</translation>
    </message>
    <message>
        <source>Interview plans</source>
        <translation>Planes de entrevistas</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
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
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more</source>
        <translation>
            <numerusform>%1 · %n más</numerusform>
            <numerusform>%1 · %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MappingDocument</name>
    <message>
        <source>Map %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Change the transforms of %1</source>
        <translation>Cambiar las transformaciones de %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Suggest mappings</source>
        <translation>Sugerir asignaciones</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingEditBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Revert to the saved mapping</source>
        <translation>Volver a la asignación guardada</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Guardar la asignación</translation>
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
        <translation>1 cambio sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n cambio sin guardar</numerusform>
            <numerusform>%n cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Otra persona hizo cambios</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::MappingModel</name>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Tipo cambiado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>(from transforms)</source>
        <translation>(de transformaciones)</translation>
    </message>
    <message>
        <source>Until then the mapping cannot be saved.</source>
        <translation>Hasta entonces no se puede guardar la asignación.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>, obligatorio</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, después %1</translation>
    </message>
    <message>
        <source>. Needs attention: %1</source>
        <translation>. Requiere atención: %1</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
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
        <translation>Buscar integraciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search integrations</source>
        <translation>Buscar integraciones</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>Loading integrations…</source>
        <translation>Cargando integraciones…</translation>
    </message>
    <message>
        <source>The integrations could not be loaded.</source>
        <translation>No se pudieron cargar las integraciones.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>This backend offers no integrations.</source>
        <translation>Este backend no ofrece integraciones.</translation>
    </message>
    <message>
        <source>No integration matches “%1”.</source>
        <translation>Ninguna integración coincide con «%1».</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>No integration in this category.</source>
        <translation>No hay integraciones en esta categoría.</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Mostrar todas las categorías</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>¿Desactivar %1?</translation>
    </message>
    <message>
        <source>%1 stops receiving updates from the ATS. Its API keys and webhooks stay as they are; revoke or delete them on the API keys and Webhooks pages if they are no longer needed.</source>
        <translation>%1 deja de recibir actualizaciones del ATS. Sus claves de API y webhooks se quedan como están; revóquelos o elimínelos en las páginas Claves de API y Webhooks si ya no los necesita.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
</context>
<context>
    <name>Tessera::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
</context>
<context>
    <name>Tessera::MoveStageDialog</name>
    <message>
        <source>Move to stage</source>
        <translation>Mover a etapa</translation>
    </message>
    <message>
        <source>%1 — now in %2</source>
        <translation>%1 — ahora en %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Elija una etapa</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motivo de archivo</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Elija un motivo</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Candidatura:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Archive &amp;reason:</source>
        <translation>&amp;Motivo de archivo:</translation>
    </message>
    <message>
        <source>Loading the stages of this interview plan…</source>
        <translation>Cargando las etapas de este plan de entrevistas…</translation>
    </message>
    <message>
        <source>Loading archive reasons…</source>
        <translation>Cargando motivos de archivo…</translation>
    </message>
    <message>
        <source>Choose the stage to move this application to.</source>
        <translation>Elija la etapa a la que mover esta candidatura.</translation>
    </message>
    <message>
        <source>Archiving needs a reason. Choose one to continue.</source>
        <translation>Para archivar hace falta un motivo. Elija uno para continuar.</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>«%1» pasa de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
</context>
<context>
    <name>Tessera::NotesTab</name>
    <message>
        <source>No notes yet. Write the first one below.</source>
        <translation>Aún no hay notas. Escriba la primera abajo.</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privada</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Guardando la nota…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ne&amp;w note:</source>
        <translation>N&amp;ueva nota:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Write a note… Ctrl+Enter adds it.</source>
        <translation>Escriba una nota… Ctrl+Intro la añade.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Añadir la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferRunRow</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>View result</source>
        <translation>Ver resultado</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Why cancel?</source>
        <translation>¿Por qué cancelar?</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>No cancelar</translation>
    </message>
    <message>
        <source>No news from Juro for %1. Check the contract&apos;s status in Juro, or cancel the run and start the workflow again.</source>
        <translation>Sin noticias de Juro desde hace %1. Compruebe el estado del contrato en Juro, o cancele la ejecución y vuelva a iniciar el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Juro says &quot;%1&quot;</source>
        <translation>Juro indica «%1»</translation>
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
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>View the result of %1</source>
        <translation>Ver el resultado de %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
</context>
<context>
    <name>Tessera::OfferWorkflowPanel</name>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Flujo:</translation>
    </message>
    <message>
        <source>Start &amp;workflow…</source>
        <translation>&amp;Iniciar flujo…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Workflows on this offer</source>
        <translation>Flujos de esta oferta</translation>
    </message>
    <message>
        <source>Job: %1
Salary: %2
Start date: %3
Status: %4</source>
        <translation>Puesto: %1
Salario: %2
Fecha de inicio: %3
Estado: %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Offer details</source>
        <translation>Detalles de la oferta</translation>
    </message>
    <message>
        <source>Workflow to start on this offer</source>
        <translation>Flujo para iniciar desde esta oferta</translation>
    </message>
    <message>
        <source>This offer is waiting for approval. Its workflows can start once it is approved.</source>
        <translation>Esta oferta está pendiente de aprobación. Sus flujos podrán iniciarse cuando se apruebe.</translation>
    </message>
    <message>
        <source>Loading the offer&apos;s workflows…</source>
        <translation>Cargando los flujos de la oferta…</translation>
    </message>
    <message>
        <source>No workflow starts from an offer. Add one with the entry point &quot;Offer&quot; in the Juro integration.</source>
        <translation>Ningún flujo se inicia desde una oferta. Añada uno con el punto de inicio «Oferta» en la integración de Juro.</translation>
    </message>
    <message>
        <source>Fields sent to Juro for &quot;%1&quot;</source>
        <translation>Campos que se envían a Juro para «%1»</translation>
    </message>
    <message>
        <source>Check that the fields match the offer&apos;s terms beside them. Juro receives them and starts &quot;%1&quot;.</source>
        <translation>Compruebe que los campos coinciden con las condiciones de la oferta que aparecen al lado. Juro los recibe e inicia «%1».</translation>
    </message>
    <message>
        <source>Loading the fields of &quot;%1&quot;…</source>
        <translation>Cargando los campos de «%1»…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Start workflow</source>
        <translation>Iniciar flujo</translation>
    </message>
    <message>
        <source>Confirm: start %1</source>
        <translation>Confirmar: iniciar %1</translation>
    </message>
    <message>
        <source>&amp;Approve offer…</source>
        <translation>&amp;Aprobar oferta…</translation>
    </message>
    <message>
        <source>no salary given</source>
        <translation>sin salario indicado</translation>
    </message>
    <message>
        <source>Approve the offer for %1 (%2)? Partners can then start workflows on it.</source>
        <translation>¿Aprobar la oferta para %1 (%2)? Después, los partners podrán iniciar flujos de trabajo sobre ella.</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>este candidato</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Confirm: approve the offer for %1</source>
        <translation>Confirmar: aprobar la oferta para %1</translation>
    </message>
    <message>
        <source>This API key may not approve offers: it lacks the &quot;%1&quot; permission. Approve the offer in the ATS, or reconnect in Settings with a key that has it.</source>
        <translation>Esta clave de API no puede aprobar ofertas: le falta el permiso «%1». Apruebe la oferta en el ATS, o vuelva a conectarse en Ajustes con una clave que lo tenga.</translation>
    </message>
</context>
<context>
    <name>Tessera::OffersModel</name>
    <message>
        <source>%1
Acceptance: %2
Approval: %3</source>
        <translation>%1
Aceptación: %2
Aprobación: %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Offer status</source>
        <translation>Estado de la oferta</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
</context>
<context>
    <name>Tessera::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
</context>
<context>
    <name>Tessera::PaletteTree</name>
    <message>
        <source>Activities you can add</source>
        <translation>Actividades que puede añadir</translation>
    </message>
    <message>
        <source>Drag an item onto a stage to add it.</source>
        <translation>Arrastre un elemento a una etapa para añadirlo.</translation>
    </message>
    <message>
        <source>Cannot be an activity: it starts from an offer.</source>
        <translation>No puede ser una actividad: se inicia desde una oferta.</translation>
    </message>
</context>
<context>
    <name>Tessera::PartnerStepPage</name>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Only on a sandbox: the sandbox&apos;s stand-in for the partner does what you would do on the partner&apos;s website.</source>
        <translation>Solo en una sandbox: el sustituto del partner en la sandbox hace lo que usted haría en el sitio web del partner.</translation>
    </message>
    <message>
        <source>Working in the simulated partner…</source>
        <translation>Trabajando en el partner simulado…</translation>
    </message>
</context>
<context>
    <name>Tessera::PlaceholderView</name>
    <message>
        <source>This view is coming in the next release.</source>
        <translation>Esta vista llegará en la próxima versión.</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanActivitiesDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanEditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Añadir actividad…</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Quitar actividad</translation>
    </message>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>&amp;Mover a etapa…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add it a second time?</source>
        <translation>¿Añadirla por segunda vez?</translation>
    </message>
    <message>
        <source>%1 already has &quot;%2&quot;. Candidates would go through it twice. Add it anyway?</source>
        <translation>%1 ya incluye «%2». Los candidatos pasarían por ella dos veces. ¿Añadirla de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Añadir de todos modos</translation>
    </message>
    <message>
        <source>Focus a stage first (Tab to it), then press Insert to add an activity there.</source>
        <translation>Seleccione primero una etapa (con Tab) y pulse Insert para añadirle una actividad.</translation>
    </message>
    <message>
        <source>There is nothing to add yet: enable Justifacts or Juro in the Marketplace.</source>
        <translation>Aún no hay nada que añadir: active Justifacts o Juro en el Marketplace.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Añadir una actividad a %1</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tividades</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>Mover %1 a</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanFixActions</name>
    <message>
        <source>%1 offers no packages right now; remove this activity or try again later.</source>
        <translation>%1 no ofrece ningún paquete en este momento; quite esta actividad o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Choose another package</source>
        <translation>Elegir otro paquete</translation>
    </message>
    <message>
        <source>&amp;Packages of %1</source>
        <translation>&amp;Paquetes de %1</translation>
    </message>
    <message>
        <source>&amp;Use this package</source>
        <translation>&amp;Usar este paquete</translation>
    </message>
    <message>
        <source>The workflow is not loaded yet; try again in a moment.</source>
        <translation>El flujo aún no se ha cargado; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The workflow&apos;s entry point is changed. Save the plan to see its problems checked again.</source>
        <translation>Se ha cambiado el punto de inicio del flujo. Guarde el plan para que se vuelvan a comprobar sus problemas.</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalette</name>
    <message>
        <source>The workflow &quot;%1&quot; starts from an offer, so it cannot be an activity on an interview stage. Change its entry point to &quot;interview plan activity&quot; or choose another workflow.</source>
        <translation>El flujo «%1» se inicia desde una oferta, así que no puede ser una actividad en una etapa del plan de entrevistas. Cambie su punto de inicio a «actividad del plan de entrevistas» o elija otro flujo.</translation>
    </message>
    <message>
        <source>External workflow, started from an offer</source>
        <translation>Flujo externo, se inicia desde una oferta</translation>
    </message>
    <message>
        <source>External workflow, started as an interview plan activity</source>
        <translation>Flujo externo, se inicia como actividad del plan de entrevistas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanPalettePane</name>
    <message>
        <source>&amp;Palette</source>
        <translation>Pa&amp;leta</translation>
    </message>
    <message>
        <source>Drag an activity onto a stage, or focus a stage and press Insert.</source>
        <translation>Arrastre una actividad a una etapa, o seleccione una etapa y pulse Insert.</translation>
    </message>
    <message>
        <source>No enabled integration offers activities. Enable Justifacts (background checks) or Juro (contract workflows) in the Marketplace to add them to interview plans.</source>
        <translation>Ninguna integración activada ofrece actividades. Active Justifacts (verificación de antecedentes) o Juro (flujos de contratos) en el Marketplace para añadirlas a los planes de entrevistas.</translation>
    </message>
    <message>
        <source>Open the Marketplace</source>
        <translation>Abrir el Marketplace</translation>
    </message>
</context>
<context>
    <name>Tessera::PlanSaveFlow</name>
    <message>
        <source>&amp;Yes, restore</source>
        <translation>&amp;Sí, restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>You have unsaved changes to this plan&apos;s activities from an earlier session. Restore them?</source>
        <translation>Tiene cambios sin guardar de una sesión anterior en las actividades de este plan. ¿Quiere restaurarlos?</translation>
    </message>
    <message>
        <source>Revert to the saved plan</source>
        <translation>Volver al plan guardado</translation>
    </message>
    <message>
        <source>Save the plan&apos;s activities</source>
        <translation>Guardar las actividades del plan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Volver a lo guardado</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>All changes saved · version %1</source>
        <translation>Todos los cambios guardados · versión %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no activities)</source>
        <translation>(sin actividades)</translation>
    </message>
    <message>
        <source>The plan was changed by someone else</source>
        <translation>Otra persona cambió el plan</translation>
    </message>
    <message>
        <source>Someone saved the activities of %1 (now version %2) while you were editing them. Reload their version and lose your unsaved changes, or overwrite theirs with yours. Compare shows both.</source>
        <translation>Otra persona guardó las actividades de %1 (ahora versión %2) mientras usted las editaba. Recargue la versión de esa persona y perderá sus cambios sin guardar, o sobrescríbala con la suya. Comparar muestra ambas.</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Sus actividades</translation>
    </message>
    <message>
        <source>Their activities</source>
        <translation>Actividades de la otra persona</translation>
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
        <translation>Obligatorio, pero vacío</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Tessera::PreviewPane</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Pre&amp;view for candidate</source>
        <translation>&amp;Vista previa para el candidato</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nombre o correo</translation>
    </message>
    <message>
        <source>Candidate for the preview</source>
        <translation>Candidato para la vista previa</translation>
    </message>
    <message>
        <source>Type part of a candidate&apos;s name and pick one from the list, or type an email.</source>
        <translation>Escriba parte del nombre de un candidato y elíjalo en la lista, o escriba un correo electrónico.</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Candidatos que coinciden</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Mostrar la vista previa</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Preview values</source>
        <translation>Valores de la vista previa</translation>
    </message>
    <message>
        <source>Type a candidate&apos;s name and pick them, or enter an email, then press Go to see what each target field would receive. The preview follows your edits.</source>
        <translation>Escriba el nombre de un candidato y elíjalo, o introduzca un correo electrónico, y pulse Ir para ver qué recibiría cada campo de destino. La vista previa sigue sus cambios.</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calculando la vista previa…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>Every field is fine for this candidate.</source>
        <translation>Todos los campos están bien para este candidato.</translation>
    </message>
    <message>
        <source>One field needs attention (in red).</source>
        <translation>Un campo requiere atención (en rojo).</translation>
    </message>
    <message>
        <source>%1 fields need attention (in red).</source>
        <translation>%1 campos requieren atención (en rojo).</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSearch</name>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Job · interview plan</source>
        <translation>Puesto · plan de entrevistas</translation>
    </message>
    <message>
        <source>Webhook · %1</source>
        <translation>Webhook · %1</translation>
    </message>
    <message>
        <source>API key · revoked</source>
        <translation>Clave de API · revocada</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key · %1</source>
        <translation>Clave de API · %1</translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Selector rápido</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Enter goes there · Esc closes</source>
        <translation>Intro para ir · Esc para cerrar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · Enter goes there · Esc closes</source>
        <translation>
            <numerusform>%n resultado · Intro para ir · Esc para cerrar</numerusform>
            <numerusform>%n resultados · Intro para ir · Esc para cerrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump to a candidate, integration, job, webhook, API key or view…</source>
        <translation>Ir a un candidato, integración, puesto, webhook, clave de API o vista…</translation>
    </message>
</context>
<context>
    <name>Tessera::RedeliverBar</name>
    <message numerus="yes">
        <source>Resent %n delivery(s). Each is a new attempt in the log; the table shows what fails again.</source>
        <translation>
            <numerusform>Se reenvió %n entrega. Es un nuevo intento en el registro; la tabla muestra si vuelve a fallar.</numerusform>
            <numerusform>Se reenviaron %n entregas. Cada una es un nuevo intento en el registro; la tabla muestra las que vuelven a fallar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivery matches any more, so there is nothing to resend. Change the filters or refresh the table.</source>
        <translation>Ya no coincide ninguna entrega, así que no hay nada que reenviar. Cambie los filtros o actualice la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>This will resend %n delivery(s). Each goes to its webhook&apos;s current address as a new attempt.</source>
        <translation>
            <numerusform>Se reenviará %n entrega. Irá a la dirección actual de su webhook como un nuevo intento.</numerusform>
            <numerusform>Se reenviarán %n entregas. Cada una irá a la dirección actual de su webhook como un nuevo intento.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Resend the deliveries</source>
        <translation>Reenviar las entregas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not resend</source>
        <translation>No reenviar</translation>
    </message>
</context>
<context>
    <name>Tessera::SandboxHost</name>
    <message>
        <source>The sandbox&apos;s data key in the keychain is damaged. Run tessera-sandbox --data &quot;%1&quot; --reset-secrets, remove the keychain entry %2, then start again.</source>
        <translation>La clave de datos de la sandbox en el llavero está dañada. Ejecute tessera-sandbox --data &quot;%1&quot; --reset-secrets, elimine la entrada del llavero %2 y vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>Tessera::ScopePicker</name>
    <message>
        <source>Permission preset</source>
        <translation>Permisos predefinidos</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
</context>
<context>
    <name>Tessera::SecretLineEdit</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Copiar el secreto</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copiado — el portapapeles se vacía en %n s</numerusform>
            <numerusform>Copiado — el portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsView</name>
    <message>
        <source>&amp;Use this backend</source>
        <translation>&amp;Usar este backend</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Guardar los secretos solo para esta sesión</translation>
    </message>
    <message>
        <source>&amp;Keep an encrypted copy of the candidate list on this computer</source>
        <translation>&amp;Guardar una copia cifrada de la lista de candidatos en este equipo</translation>
    </message>
    <message>
        <source>Forget &amp;local data</source>
        <translation>Olvidar los datos &amp;locales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>&amp;Add backend…</source>
        <translation>&amp;Añadir backend…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Local candidate data</source>
        <translation>Datos locales de candidatos</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Datos locales</translation>
    </message>
    <message>
        <source>Backends, language and where secrets are kept.</source>
        <translation>Backends, idioma y dónde se guardan los secretos.</translation>
    </message>
    <message>
        <source>Turned off for this run (--no-cache).</source>
        <translation>Desactivado en esta ejecución (--no-cache).</translation>
    </message>
    <message>
        <source>No backend is in use.</source>
        <translation>No hay ningún backend en uso.</translation>
    </message>
    <message>
        <source>No candidate data of this backend is stored on this computer.</source>
        <translation>No hay datos de candidatos de este backend guardados en este equipo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Candidates stored: %1. Size on disk: %2. Last synced: %3.</source>
        <translation>Candidatos guardados: %1. Tamaño en disco: %2. Última sincronización: %3.</translation>
    </message>
    <message>
        <source>embedded sandbox on this computer</source>
        <translation>sandbox integrada en este equipo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (en uso)</translation>
    </message>
    <message>
        <source>Forget backend</source>
        <translation>Olvidar backend</translation>
    </message>
    <message>
        <source>Forget %1? Its API key is removed from the keychain, and its settings and local data are deleted. The backend itself is not changed.</source>
        <translation>¿Olvidar %1? Su clave de API se elimina del llavero y se borran su configuración y sus datos locales. El backend en sí no cambia.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain (Secret Service) and nowhere else.</source>
        <translation>Las claves de API se guardan en el llavero del sistema (Secret Service) y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>API keys are kept in memory for this session only: you will be asked for them again after Tessera quits.</source>
        <translation>Las claves de API se guardan en memoria solo durante esta sesión: se le volverán a pedir cuando cierre Tessera.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start gnome-keyring (or KWallet), or keep secrets for this session only. Tessera never writes keys to disk.</source>
        <translation>No hay ningún llavero del sistema disponible. Instale e inicie gnome-keyring (o KWallet), o guarde los secretos solo para esta sesión. Tessera nunca escribe claves en el disco.</translation>
    </message>
    <message>
        <source>API keys are kept in your system keychain; it has not been used yet this session.</source>
        <translation>Las claves de API se guardan en el llavero del sistema; aún no se ha usado en esta sesión.</translation>
    </message>
</context>
<context>
    <name>Tessera::ShownOnceSecret</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only once. Tessera does not keep it and the backend stores only a fingerprint. If it is lost, revoke it and create a new one.</source>
        <translation>Copie la clave ahora: solo se muestra una vez. Tessera no la guarda y el backend solo almacena una huella. Si se pierde, revóquela y cree una nueva.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copiar la clave nueva</translation>
    </message>
    <message>
        <source>Clipboard state</source>
        <translation>Estado del portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copiado — el portapapeles se vacía en %n s</numerusform>
            <numerusform>Copiado — el portapapeles se vacía en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>Copiar deja la clave en el portapapeles durante %n segundo.</numerusform>
            <numerusform>Copiar deja la clave en el portapapeles durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key “%1” was created.</source>
        <translation>Se creó la clave «%1».</translation>
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
        <translation>Añadir el listener de cambio de etapa en Sora</translation>
    </message>
    <message>
        <source>Sora imports a candidate as an employee and starts the workflow when they enter the stage you choose.</source>
        <translation>Sora importa a un candidato como empleado e inicia el flujo cuando entra en la etapa que usted elija.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Sora, open &lt;b&gt;Workflows&lt;/b&gt; and click &lt;b&gt;Manage workflow&lt;/b&gt; on the workflow (usually Onboarding).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Add listener&lt;/b&gt;, choose Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; and the stage below.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Endpoint URL&lt;/b&gt; and &lt;b&gt;Secret key&lt;/b&gt; Sora shows into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Sora, abra &lt;b&gt;Workflows&lt;/b&gt; y haga clic en &lt;b&gt;Manage workflow&lt;/b&gt; en el flujo (normalmente Onboarding).&lt;/li&gt;&lt;li&gt;Haga clic en &lt;b&gt;Add listener&lt;/b&gt; y elija Ashby, &lt;b&gt;Candidate stage change&lt;/b&gt; y la etapa de abajo.&lt;/li&gt;&lt;li&gt;Copie en los campos de abajo la &lt;b&gt;Endpoint URL&lt;/b&gt; y la &lt;b&gt;Secret key&lt;/b&gt; que muestra Sora.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>In Sora</source>
        <translation>En Sora</translation>
    </message>
    <message>
        <source>Sora workflow</source>
        <translation>Flujo de Sora</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
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
        <translation>&amp;Flujo:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpoint URL:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret &amp;key:</translation>
    </message>
    <message>
        <source>Add the listener in the simulated &amp;Sora</source>
        <translation>Añadir el listener en el &amp;Sora simulado</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Cargando etapas…</translation>
    </message>
    <message>
        <source>Stages could not be loaded</source>
        <translation>No se pudieron cargar las etapas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Adding the listener in the simulated Sora…</source>
        <translation>Añadiendo el listener en el Sora simulado…</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 fields: %2</source>
        <translation>Campos de %1: %2</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)
Type: %3
Sample: %4</source>
        <translation>%1 (%2)
Tipo: %3
Ejemplo: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, %2, sample %3</source>
        <translation>%1, %2, ejemplo %3</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>Tessera::SourceFieldsPane</name>
    <message>
        <source>&amp;Source fields (ATS)</source>
        <translation>Campos de &amp;origen (ATS)</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Buscar campos</translation>
    </message>
    <message>
        <source>Search source fields</source>
        <translation>Buscar campos de origen</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Campos de origen</translation>
    </message>
    <message>
        <source>Drag a field onto a target field, or select it and press Enter to map it.</source>
        <translation>Arrastre un campo a un campo de destino, o selecciónelo y pulse Intro para asignarlo.</translation>
    </message>
    <message>
        <source>Loading the ATS fields…</source>
        <translation>Cargando los campos del ATS…</translation>
    </message>
    <message>
        <source>The ATS fields could not be loaded: %1</source>
        <translation>No se pudieron cargar los campos del ATS: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StageColumn</name>
    <message>
        <source>Add activity…</source>
        <translation>Añadir actividad…</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>Etapa %1 (%2)</translation>
    </message>
    <message>
        <source>Insert adds an activity here; drop a palette item or a card to add or move it.</source>
        <translation>Insert añade aquí una actividad; suelte aquí un elemento de la paleta o una tarjeta para añadirlo o moverlo.</translation>
    </message>
    <message>
        <source>Add an activity to %1</source>
        <translation>Añadir una actividad a %1</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive: %1 is not enabled</source>
        <translation>inactiva: la integración %1 no está activada</translation>
    </message>
    <message>
        <source>Automation by %1: %2, %3</source>
        <translation>Automatización de %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>Tessera::StageMoveFlow</name>
    <message>
        <source>Moving the application…</source>
        <translation>Moviendo la candidatura…</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>«%1» se movió a %2.</translation>
    </message>
    <message>
        <source>The application was not moved. %1</source>
        <translation>No se movió la candidatura. %1</translation>
    </message>
</context>
<context>
    <name>Tessera::StagesModel</name>
    <message>
        <source>%1 (current stage)</source>
        <translation>%1 (etapa actual)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Tessera::SyncFreshness</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch what changed since the last sync (F5)</source>
        <translation>Obtener lo que ha cambiado desde la última sincronización (F5)</translation>
    </message>
    <message>
        <source>Refresh candidates</source>
        <translation>Actualizar candidatos</translation>
    </message>
</context>
<context>
    <name>Tessera::TransformChainEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Transforms, applied in order</source>
        <translation>Transformaciones, aplicadas en orden</translation>
    </message>
    <message>
        <source>&amp;Add transform</source>
        <translation>&amp;Añadir transformación</translation>
    </message>
    <message>
        <source>Add a transform</source>
        <translation>Añadir una transformación</translation>
    </message>
    <message>
        <source>Move the transform up</source>
        <translation>Subir la transformación</translation>
    </message>
    <message>
        <source>Move the transform down</source>
        <translation>Bajar la transformación</translation>
    </message>
    <message>
        <source>Remove the transform</source>
        <translation>Quitar la transformación</translation>
    </message>
    <message>
        <source>Move the transform up (%1)</source>
        <translation>Subir la transformación (%1)</translation>
    </message>
    <message>
        <source>Move the transform down (%1)</source>
        <translation>Bajar la transformación (%1)</translation>
    </message>
    <message>
        <source>Remove the transform (%1)</source>
        <translation>Quitar la transformación (%1)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove transform</source>
        <translation>Quitar transformación</translation>
    </message>
    <message>
        <source>Choose a target field to edit how its value is shaped.</source>
        <translation>Elija un campo de destino para editar cómo se da forma a su valor.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No transforms: the source value is sent as it is. Use Add transform to map values, split names, format dates and more.</source>
        <translation>Sin transformaciones: el valor de origen se envía tal cual. Use Añadir transformación para asignar valores, dividir nombres, dar formato a fechas y mucho más.</translation>
    </message>
</context>
<context>
    <name>Tessera::TransformParamsForm</name>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;lor:</translation>
    </message>
    <message>
        <source>&amp;Currency code:</source>
        <translation>Código de &amp;moneda:</translation>
    </message>
    <message>
        <source>the amount&apos;s own, e.g. USD</source>
        <translation>la del importe, p. ej., USD</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>O&amp;rígenes:</translation>
    </message>
    <message>
        <source>field ids, separated by commas</source>
        <translation>ids de campo, separados por comas</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>S&amp;eparador:</translation>
    </message>
    <message>
        <source>one space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>De&amp;cimales:</translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation>%1 no tiene opciones.</translation>
    </message>
</context>
<context>
    <name>Tessera::UnavailableView</name>
    <message>
        <source>To use it, connect Tessera to a backend that implements Tessera&apos;s extensions (docs/API.md), such as the local sandbox.</source>
        <translation>Para usarla, conecte Tessera a un backend que implemente las extensiones de Tessera (docs/API.md), como la sandbox local.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods to enable or set up integrations.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no tiene métodos para activar ni configurar integraciones.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for field mappings.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no tiene métodos para asignaciones de campos.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list or create API keys.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no puede listar ni crear claves de API.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which cannot list webhooks or their deliveries.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no puede listar webhooks ni sus entregas.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which has no methods for partner activities on interview plans.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no tiene métodos para actividades de partners en planes de entrevistas.</translation>
    </message>
    <message>
        <source>This backend speaks only Ashby&apos;s public API, which reports no integration health or delivery statistics.</source>
        <translation>Este backend solo habla la API pública de Ashby, que no informa del estado de las integraciones ni de estadísticas de entregas.</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapEditor</name>
    <message>
        <source>Add valu&amp;e</source>
        <translation>Añadir val&amp;or</translation>
    </message>
    <message>
        <source>Remove va&amp;lue</source>
        <translation>Quitar va&amp;lor</translation>
    </message>
    <message>
        <source>&amp;Paste pairs</source>
        <translation>&amp;Pegar pares</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Tabla de valores</translation>
    </message>
    <message>
        <source>Each source value in From becomes the value in To. Ctrl+V pastes two columns.</source>
        <translation>Cada valor de origen de la columna De se convierte en el valor de la columna A. Ctrl+V pega dos columnas.</translation>
    </message>
    <message>
        <source>Paste pairs</source>
        <translation>Pegar pares</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Quitar valor</translation>
    </message>
    <message>
        <source>Leave empty to pass other values through</source>
        <translation>Déjelo vacío para dejar pasar los demás valores</translation>
    </message>
    <message>
        <source>Default for values not in the table</source>
        <translation>Valor predeterminado para los valores que no están en la tabla</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Añadir un valor</translation>
    </message>
    <message>
        <source>Remove the selected values</source>
        <translation>Quitar los valores seleccionados</translation>
    </message>
    <message>
        <source>Paste pairs from the clipboard</source>
        <translation>Pegar pares desde el portapapeles</translation>
    </message>
    <message>
        <source>Two columns, separated by a tab or a comma, one pair per line</source>
        <translation>Dos columnas, separadas por tabulador o coma, un par por línea</translation>
    </message>
    <message>
        <source>&amp;Otherwise:</source>
        <translation>&amp;En otro caso:</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueMapModel</name>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 se convierte en %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>Tessera::VersionConflictDialog</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recargar la otra versión</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recargar la versión de la otra persona</translation>
    </message>
    <message>
        <source>Overwrite their version with mine</source>
        <translation>Sobrescribir la otra versión con la mía</translation>
    </message>
    <message>
        <source>Compare both versions</source>
        <translation>Comparar ambas versiones</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Su versión (sin guardar)</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>Versión %1 (otra persona)</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Waiting for the test delivery</source>
        <translation>Esperando la entrega de prueba</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDeliveriesPane</name>
    <message>
        <source>Delivery attempts</source>
        <translation>Intentos de entrega</translation>
    </message>
    <message>
        <source>Re&amp;deliver</source>
        <translation>Vol&amp;ver a entregar</translation>
    </message>
    <message>
        <source>Test ping</source>
        <translation>Ping de prueba</translation>
    </message>
    <message>
        <source>Test ping answered: HTTP %1 in %L2 ms.</source>
        <translation>Ping de prueba respondido: HTTP %1 en %L2 ms.</translation>
    </message>
    <message>
        <source>Test ping failed: %1. Check the URL and that the partner&apos;s receiver is running.</source>
        <translation>Falló el ping de prueba: %1. Compruebe la URL y que el receptor del partner está en marcha.</translation>
    </message>
    <message>
        <source>The test ping&apos;s result did not arrive. Press F5 to look again.</source>
        <translation>No llegó el resultado del ping de prueba. Pulse F5 para volver a mirar.</translation>
    </message>
    <message>
        <source>Sent again. New attempts appear here; press F5 to update.</source>
        <translation>Enviado de nuevo. Los nuevos intentos aparecen aquí; pulse F5 para actualizar.</translation>
    </message>
    <message>
        <source>Delivery attempts to %1</source>
        <translation>Intentos de entrega a %1</translation>
    </message>
    <message>
        <source>Test ping sent — waiting for the answer…</source>
        <translation>Ping de prueba enviado — esperando la respuesta…</translation>
    </message>
    <message>
        <source>Loading delivery attempts…</source>
        <translation>Cargando intentos de entrega…</translation>
    </message>
    <message>
        <source>Select a webhook to see its delivery attempts.</source>
        <translation>Seleccione un webhook para ver sus intentos de entrega.</translation>
    </message>
    <message>
        <source>The delivery attempts could not be loaded.</source>
        <translation>No se pudieron cargar los intentos de entrega.</translation>
    </message>
    <message>
        <source>Nothing was sent to this webhook yet. Send a test ping to check the partner&apos;s receiver.</source>
        <translation>Aún no se ha enviado nada a este webhook. Envíe un ping de prueba para comprobar el receptor del partner.</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>Ge&amp;nerar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;reate webhook</source>
        <translation>C&amp;rear webhook</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
        <source>Generate a secret token</source>
        <translation>Generar un secret token</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Déjelo vacío para conservar el secreto actual</translation>
    </message>
    <message>
        <source>The partner checks signatures with it</source>
        <translation>El partner comprueba las firmas con él</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Request &amp;URL:</source>
        <translation>Request &amp;URL:</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>Secret &amp;token:</translation>
    </message>
    <message>
        <source>Deliveries are signed with the secret token (Ashby-Signature: sha256=…). Give the partner the same token.</source>
        <translation>Las entregas se firman con el secret token (Ashby-Signature: sha256=…). Dé al partner el mismo token.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the address the partner gave you, starting with https://.</source>
        <translation>Introduzca la dirección que le dio el partner, empezando por https://.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://partner.example.com/ashby.</source>
        <translation>Esto no es una dirección web. Debería tener este aspecto: https://partner.example.com/ashby.</translation>
    </message>
    <message>
        <source>Use https: deliveries carry candidate data. Plain http is allowed only for a receiver on this computer.</source>
        <translation>Use https: las entregas contienen datos de candidatos. Solo se permite http sin cifrar para un receptor en este equipo.</translation>
    </message>
    <message>
        <source>Enter a secret token, or press Generate for a random one.</source>
        <translation>Introduzca un secret token o pulse Generar para obtener uno aleatorio.</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Guardando el webhook…</translation>
    </message>
</context>
<context>
    <name>Tessera::WebhookPage</name>
    <message>
        <source>Create the %1 webhook</source>
        <translation>Crear el webhook «%1»</translation>
    </message>
    <message>
        <source>Tessera creates the webhook in the ATS. The ATS pings it at once, and %1 must verify the ping&apos;s signature with the secret it gave you.</source>
        <translation>Tessera crea el webhook en el ATS. El ATS le envía un ping enseguida, y %1 debe verificar la firma del ping con el secreto que le dio.</translation>
    </message>
    <message>
        <source>Webhook type:</source>
        <translation>Tipo de webhook:</translation>
    </message>
    <message>
        <source>The webhook the ATS creates</source>
        <translation>El webhook que crea el ATS</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;The ATS creates the webhook with the values above.&lt;/li&gt;&lt;li&gt;It sends %1 a ping signed with this secret.&lt;/li&gt;&lt;li&gt;Tessera waits until %1 confirms that it verified the signature, then goes on.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;El ATS crea el webhook con los valores de arriba.&lt;/li&gt;&lt;li&gt;Envía a %1 un ping firmado con este secreto.&lt;/li&gt;&lt;li&gt;Tessera espera a que %1 confirme que verificó la firma y después continúa.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué ocurre a continuación</translation>
    </message>
    <message>
        <source>Create and &amp;verify</source>
        <translation>Crear y &amp;verificar</translation>
    </message>
    <message>
        <source>Missing: go back and paste it</source>
        <translation>Falta: vuelva atrás y péguelo</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Creando el webhook…</translation>
    </message>
    <message>
        <source>Waiting for %1 to verify the ping…</source>
        <translation>Esperando a que %1 verifique el ping…</translation>
    </message>
    <message>
        <source>The ATS disabled the webhook because its ping failed: %1 Check the values you copied from %2, then try again.</source>
        <translation>El ATS desactivó el webhook porque falló su ping: %1 Compruebe los valores que copió de %2 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 has not confirmed a verified ping yet. %2</source>
        <translation>%1 aún no ha confirmado un ping verificado. %2</translation>
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
        <translation>Fallido (HTTP %1) · %2</translation>
    </message>
    <message>
        <source>Failed (no answer) · %1</source>
        <translation>Fallido (sin respuesta) · %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
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
        <translation>&amp;Nuevo webhook…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Desact&amp;ivar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Send test &amp;ping</source>
        <translation>Enviar &amp;ping de prueba</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Crear webhook</translation>
    </message>
    <message>
        <source>Selected webhook</source>
        <translation>Webhook seleccionado</translation>
    </message>
    <message>
        <source>Events the ATS sends to partners. Every attempt is logged below the list.</source>
        <translation>Eventos que el ATS envía a los partners. Cada intento se registra debajo de la lista.</translation>
    </message>
    <message>
        <source>The webhook was deleted.</source>
        <translation>Se eliminó el webhook.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Cargando webhooks…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded. See the message above.</source>
        <translation>No se pudieron cargar los webhooks. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>No webhooks yet. Create one to send ATS events to a partner.</source>
        <translation>Aún no hay webhooks. Cree uno para enviar eventos del ATS a un partner.</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>This webhook is disabled: the partner gets no events until you enable it.</source>
        <translation>Este webhook está desactivado: el partner no recibe eventos hasta que lo active.</translation>
    </message>
    <message>
        <source>Disabled after a failed check. Make sure the partner&apos;s receiver answers, then press Enable.</source>
        <translation>Desactivado tras una comprobación fallida. Asegúrese de que el receptor del partner responde y pulse Activar.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook for “%1” to %2?</source>
        <translation>¿Eliminar el webhook de «%1» hacia %2?</translation>
    </message>
    <message>
        <source>The partner gets no further events, and pending retries stop. Its delivery log stays readable. This cannot be undone.</source>
        <translation>El partner no recibirá más eventos y se detendrán los reintentos pendientes. Su registro de entregas seguirá disponible. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete webhook</source>
        <translation>&amp;Eliminar webhook</translation>
    </message>
</context>
<context>
    <name>Tessera::WilloSyncPage</name>
    <message>
        <source>&amp;Sync again</source>
        <translation>&amp;Volver a sincronizar</translation>
    </message>
    <message>
        <source>Willo&apos;s first sync</source>
        <translation>Primera sincronización de Willo</translation>
    </message>
    <message>
        <source>Willo copies your jobs and their interview stages, so each Willo interview can be connected to a job and a trigger stage.</source>
        <translation>Willo copia sus puestos y sus etapas de entrevista para que cada entrevista de Willo pueda conectarse a un puesto y a una etapa de activación.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de sincronización</translation>
    </message>
    <message>
        <source>Jobs and interview stages</source>
        <translation>Puestos y etapas de entrevista</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Willo copies every ATS job with its interview stages.&lt;/li&gt;&lt;li&gt;Once the sync has finished, Next enables Willo and checks both ends.&lt;/li&gt;&lt;li&gt;Then, in Willo, connect each interview to a job and a trigger stage.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Willo copia cada puesto del ATS con sus etapas de entrevista.&lt;/li&gt;&lt;li&gt;Cuando termine la sincronización, Siguiente activa Willo y comprueba ambos extremos.&lt;/li&gt;&lt;li&gt;Después, en Willo, conecte cada entrevista a un puesto y a una etapa de activación.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué ocurre a continuación</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>✓ Sync finished. Jobs: %1 · interview stages: %2.</source>
        <translation>✓ Sincronización terminada. Puestos: %1 · etapas de entrevista: %2.</translation>
    </message>
    <message>
        <source>✗ The sync stopped: %1</source>
        <translation>✗ La sincronización se detuvo: %1</translation>
    </message>
    <message>
        <source>Syncing… jobs: %1 of %2 · interview stages so far: %3</source>
        <translation>Sincronizando… puestos: %1 de %2 · etapas de entrevista hasta ahora: %3</translation>
    </message>
    <message>
        <source>Waiting for Willo to start the sync…</source>
        <translation>Esperando a que Willo inicie la sincronización…</translation>
    </message>
</context>
<context>
    <name>Tessera::WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, done</source>
        <translation>Paso %1 de %2: %3, completado</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, current step</source>
        <translation>Paso %1 de %2: %3, paso actual</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkflowFieldsForm</name>
    <message>
        <source>&quot;%1&quot; is required: fill it in before starting the workflow.</source>
        <translation>El campo «%1» es obligatorio: rellénelo antes de iniciar el flujo.</translation>
    </message>
    <message>
        <source>%1 * (required)</source>
        <translation>%1 * (obligatorio)</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatorio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden field(s) are sent as mapped.</source>
        <translation>
            <numerusform>%n campo oculto se envía según la asignación de campos.</numerusform>
            <numerusform>%n campos ocultos se envían según la asignación de campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>Value map</source>
        <translation>Tabla de valores</translation>
    </message>
    <message>
        <source>Split name</source>
        <translation>Dividir nombre</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recortar espacios</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 (1 value)</source>
        <translation>%1 (1 valor)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 valores)</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 decimal</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 decimales</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WebhookEventTypes</name>
    <message>
        <source>Application Submitted</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <source>Application Updated</source>
        <translation>Candidatura actualizada</translation>
    </message>
    <message>
        <source>Candidate Hired</source>
        <translation>Candidato contratado</translation>
    </message>
    <message>
        <source>Candidate Stage Change</source>
        <translation>Cambio de etapa del candidato</translation>
    </message>
    <message>
        <source>Candidate Deleted</source>
        <translation>Candidato eliminado</translation>
    </message>
    <message>
        <source>Candidates Merged</source>
        <translation>Candidatos fusionados</translation>
    </message>
    <message>
        <source>Interview Plan Transition</source>
        <translation>Transición del plan de entrevistas</translation>
    </message>
    <message>
        <source>Interview Schedule Created</source>
        <translation>Calendario de entrevistas creado</translation>
    </message>
    <message>
        <source>Interview Schedule Updated</source>
        <translation>Calendario de entrevistas actualizado</translation>
    </message>
    <message>
        <source>Job Posting Updated</source>
        <translation>Oferta de empleo actualizada</translation>
    </message>
    <message>
        <source>Job Posting Published</source>
        <translation>Oferta de empleo publicada</translation>
    </message>
    <message>
        <source>Job Posting Unpublished</source>
        <translation>Oferta de empleo retirada</translation>
    </message>
    <message>
        <source>Offer Created</source>
        <translation>Oferta creada</translation>
    </message>
    <message>
        <source>Offer Updated</source>
        <translation>Oferta actualizada</translation>
    </message>
    <message>
        <source>Offer Deleted</source>
        <translation>Oferta eliminada</translation>
    </message>
    <message>
        <source>Push to HRIS</source>
        <translation>Enviar al HRIS</translation>
    </message>
    <message>
        <source>Survey Submitted</source>
        <translation>Encuesta enviada</translation>
    </message>
    <message>
        <source>Job Created</source>
        <translation>Puesto creado</translation>
    </message>
    <message>
        <source>Job Updated</source>
        <translation>Puesto actualizado</translation>
    </message>
    <message>
        <source>Opening Created</source>
        <translation>Vacante creada</translation>
    </message>
    <message>
        <source>Job Posting Deleted</source>
        <translation>Oferta de empleo eliminada</translation>
    </message>
    <message>
        <source>Signature Request Updated</source>
        <translation>Solicitud de firma actualizada</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
</context>
<context>
    <name>WilloSetup</name>
    <message>
        <source>Willo reads jobs and stages and sends interview responses back as notes. Set up every ATS job you want in Willo first: the first sync copies them.</source>
        <translation>Willo lee puestos y etapas y devuelve las respuestas de las entrevistas como notas. Configure antes cada puesto del ATS que quiera tener en Willo: la primera sincronización los copia.</translation>
    </message>
    <message>
        <source>Give the key to Willo</source>
        <translation>Dar la clave a Willo</translation>
    </message>
    <message>
        <source>Willo checks the key as soon as you paste it.</source>
        <translation>Willo comprueba la clave en cuanto la pega.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Willo, open &lt;b&gt;Integrations&lt;/b&gt;, expand the Ashby tile and select &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the ATS API key into the connection dialog and click &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Grant Willo access in the authorization step.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Willo, abra &lt;b&gt;Integrations&lt;/b&gt;, despliegue el mosaico de Ashby y seleccione &lt;b&gt;Enable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pegue la clave de API del ATS en el diálogo de conexión y haga clic en &lt;b&gt;Continue&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Conceda el acceso a Willo en el paso de autorización.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>ATS API key</source>
        <translation>Clave de API del ATS</translation>
    </message>
    <message>
        <source>Do this step in the simulated &amp;Willo</source>
        <translation>Hacer este paso en el &amp;Willo simulado</translation>
    </message>
    <message>
        <source>✓ Willo accepted the key and you granted it access (%1 plan).</source>
        <translation>✓ Willo aceptó la clave y usted le concedió acceso (plan %1).</translation>
    </message>
    <message>
        <source>I pasted the key into Willo and granted access</source>
        <translation>Pegué la clave en Willo y concedí el acceso</translation>
    </message>
    <message>
        <source>Asking whether Willo holds a working key…</source>
        <translation>Preguntando si Willo tiene una clave que funcione…</translation>
    </message>
    <message>
        <source>Willo is not connected yet.</source>
        <translation>Willo aún no está conectado.</translation>
    </message>
    <message>
        <source>Key to Willo</source>
        <translation>Clave para Willo</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <source>&lt;p&gt;Willo syncs changes at most every &lt;b&gt;%1 minutes&lt;/b&gt; on its %2 plan (Launch: 180, Growth: 30, Scale and Enterprise: 5), so updates are not live.&lt;/p&gt;&lt;p&gt;Next, in Willo, connect each interview to an ATS job and a trigger stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Willo sincroniza los cambios como máximo cada &lt;b&gt;%1 minutos&lt;/b&gt; en su plan %2 (Launch: 180, Growth: 30, Scale y Enterprise: 5), así que las actualizaciones no son en tiempo real.&lt;/p&gt;&lt;p&gt;Después, en Willo, conecte cada entrevista a un puesto del ATS y a una etapa de activación.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
