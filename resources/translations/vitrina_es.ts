<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop studio for live selling.</source>
        <translation>Un estudio de escritorio para vender en vivo.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>About Vitrina</source>
        <translation>Acerca de Vitrina</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>{name} ({device})</source>
        <translation>{name} ({device})</translation>
    </message>
</context>
<context>
    <name>AudioStrip</name>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute this input: the stream and the recording go silent for it</source>
        <translation>Silenciar esta entrada: no se oirá en la transmisión ni en la grabación</translation>
    </message>
    <message>
        <source>Gain, from %1 to +%2 dB</source>
        <translation>Ganancia, de %1 a +%2 dB</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <source>Landscape or vertical?</source>
        <translation>¿Horizontal o vertical?</translation>
    </message>
    <message>
        <source>The shape of the picture your shows start with.</source>
        <translation>La forma de la imagen con la que empiezan tus shows.</translation>
    </message>
    <message>
        <source>Landscape, 16:9 (1280×720): YouTube, Facebook, Twitch, a shop&apos;s site</source>
        <translation>Horizontal, 16:9 (1280×720): YouTube, Facebook, Twitch, la web de una tienda</translation>
    </message>
    <message>
        <source>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, phones</source>
        <translation>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, móviles</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>sin pagar</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>waiting list only</source>
        <translation>solo lista de espera</translation>
    </message>
    <message>
        <source>Copy Pix code</source>
        <translation>Copiar código Pix</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar pagado</translation>
    </message>
    <message>
        <source>Cancel cart</source>
        <translation>Cancelar carrito</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>Total de artículos</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>This order is in no cart.</source>
        <translation>Este pedido no está en ningún carrito.</translation>
    </message>
    <message>
        <source>Cancel everything in cart %1? Its stock returns and the waiting list moves.</source>
        <translation>¿Cancelar todo el carrito %1? Su stock vuelve y la lista de espera avanza.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>CatalogThread</name>
    <message>
        <source>This failed: %1</source>
        <translation>Esto falló: %1</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>No se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>The store refused it: %1</source>
        <translation>La base de datos lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>CatalogWrites</name>
    <message>
        <source>%1 is on stream</source>
        <translation>%1 está en pantalla</translation>
    </message>
    <message>
        <source>Nothing is pinned</source>
        <translation>Nada fijado</translation>
    </message>
    <message>
        <source>%1: the price is now %2</source>
        <translation>%1: ahora cuesta %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left</source>
        <translation>
            <numerusform>%1: queda %n</numerusform>
            <numerusform>%1: quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on sale at %2 for %3 min</source>
        <translation>%1 en oferta a %2 durante %3 min</translation>
    </message>
    <message>
        <source>%1 %2 saved</source>
        <translation>%1 %2 guardado</translation>
    </message>
    <message>
        <source>%1 has orders, so it stays in the catalog</source>
        <translation>%1 tiene pedidos, así que se queda en el catálogo</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminado</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n demo products</source>
        <translation>
            <numerusform>Se quitó %n producto de demostración</numerusform>
            <numerusform>Se quitaron %n productos de demostración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %n that have orders</source>
        <translation>
            <numerusform>; se conservó %n que tiene pedidos</numerusform>
            <numerusform>; se conservaron %n que tienen pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Tomado como</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>marcado: %1</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>order reserved</source>
        <translation>pedido reservado</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>buy: %1</source>
        <translation>compra: %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>poll vote</source>
        <translation>voto en encuesta</translation>
    </message>
    <message>
        <source>giveaway entry</source>
        <translation>participación en sorteo</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Block user “%1”</source>
        <translation>Bloquear a “%1”</translation>
    </message>
    <message>
        <source>Block word</source>
        <translation>Bloquear palabra</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Bloqueando a %1</translation>
    </message>
    <message>
        <source>Blocking “%1”</source>
        <translation>Bloqueando “%1”</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>Currency of the prices in this file (where a row names none):</source>
        <translation>Moneda de los precios de este archivo (si una fila no la indica):</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Editar destino</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Añadir destino</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave de transmisión</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where will you go live?</source>
        <translation>¿Dónde vas a transmitir?</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing: a practice audience chats and buys on a copy of your shop. Add destinations whenever you are ready.</source>
        <translation>Un ensayo no publica nada: un público de práctica chatea y compra en una copia de tu tienda. Añade destinos cuando quieras.</translation>
    </message>
    <message>
        <source>Rehearse first: no destination yet</source>
        <translation>Ensayar primero: sin destino por ahora</translation>
    </message>
    <message>
        <source>Save a destination:</source>
        <translation>Guardar un destino:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Clave de transmisión:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Token de portador:</translation>
    </message>
    <message>
        <source>Stream key: empty; an RTMP destination needs its stream key</source>
        <translation>Clave de transmisión: vacía; un destino RTMP necesita su clave</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>YouTube Studio ▸ Go live ▸ Stream: copy the stream key.</source>
        <translation>YouTube Studio ▸ Emitir en directo ▸ Emisión: copia la clave de transmisión.</translation>
    </message>
    <message>
        <source>Facebook Live Producer ▸ Streaming software: copy the stream key.</source>
        <translation>Facebook Live Producer ▸ Software de transmisión: copia la clave de transmisión.</translation>
    </message>
    <message>
        <source>Instagram Live Producer: copy the stream key (and the server URL when it shows another).</source>
        <translation>Instagram Live Producer: copia la clave de transmisión (y la URL del servidor si muestra otra).</translation>
    </message>
    <message>
        <source>Twitch Creator Dashboard ▸ Settings ▸ Stream: copy the primary stream key.</source>
        <translation>Panel del creador de Twitch ▸ Configuración ▸ Transmisión: copia la clave principal.</translation>
    </message>
    <message>
        <source>TikTok LIVE Center ▸ Go LIVE: paste the server URL and the stream key it hands out (both change with each live).</source>
        <translation>TikTok LIVE Center ▸ Go LIVE: pega la URL del servidor y la clave que te da (cambian en cada directo).</translation>
    </message>
    <message>
        <source>Other RTMP(S) server</source>
        <translation>Otro servidor RTMP(S)</translation>
    </message>
    <message>
        <source>The server&apos;s address (rtmp:// or rtmps://) and the stream key apart.</source>
        <translation>La dirección del servidor (rtmp:// o rtmps://) y, aparte, la clave de transmisión.</translation>
    </message>
    <message>
        <source>WHIP (WebRTC) endpoint</source>
        <translation>Endpoint WHIP (WebRTC)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s https:// address, and its bearer token if it asks for one.</source>
        <translation>La dirección https:// del endpoint y su token, si lo pide.</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>Reading the destinations…</source>
        <translation>Leyendo los destinos…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Added, edited and removed destinations are saved at once; the Enabled boxes, with OK.</source>
        <translation>Los destinos añadidos, editados o quitados se guardan al momento; las casillas Activado, con Aceptar.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>There is no system keyring here: keys cannot be kept. A destination is saved without its key, which then comes from VITRINA_KEY_&lt;NAME&gt; in the environment of the session that goes live.</source>
        <translation>No hay llavero del sistema: no se pueden guardar claves. El destino se guarda sin su clave, que luego sale de VITRINA_KEY_&lt;NAME&gt; en el entorno de la sesión que transmite.</translation>
    </message>
    <message>
        <source>No destination yet: Add… one to go live to.</source>
        <translation>Aún no hay destinos: usa Añadir… para tener dónde transmitir.</translation>
    </message>
    <message>
        <source>The destinations could not be read: {reason}</source>
        <translation>No se pudieron leer los destinos: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <source>Remove {name} and forget its key?</source>
        <translation>¿Quitar {name} y olvidar su clave?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} quitado.</translation>
    </message>
    <message>
        <source>Still reading the destinations: try OK again in a moment</source>
        <translation>Aún leyendo los destinos: pulsa Aceptar de nuevo en un momento</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Camera and microphone</source>
        <translation>Cámara y micrófono</translation>
    </message>
    <message>
        <source>What the show picks up. Scenes and the audio mixer can change both during a show.</source>
        <translation>Lo que capta el show. Las escenas y el mezclador de audio pueden cambiar ambos durante el show.</translation>
    </message>
    <message>
        <source>Looking for cameras and microphones…</source>
        <translation>Buscando cámaras y micrófonos…</translation>
    </message>
    <message>
        <source>Check them</source>
        <translation>Probarlos</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micrófono:</translation>
    </message>
    <message>
        <source>The moving test pattern</source>
        <translation>El patrón de prueba en movimiento</translation>
    </message>
    <message>
        <source>Default input</source>
        <translation>Entrada predeterminada</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Un tono de prueba</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message numerus="yes">
        <source>Found %n camera(s).</source>
        <translation>
            <numerusform>Se encontró %n cámara.</numerusform>
            <numerusform>Se encontraron %n cámaras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera found: shows use the moving test pattern until one is plugged in.</source>
        <translation>No se encontró cámara: los shows usan el patrón de prueba hasta que conectes una.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Camera: {result}</source>
        <translation>Cámara: {result}</translation>
    </message>
    <message>
        <source>Microphone: {result}</source>
        <translation>Micrófono: {result}</translation>
    </message>
    <message>
        <source>The devices could not be listed ({reason}); the test pattern stands in.</source>
        <translation>No se pudieron listar los dispositivos ({reason}); se usa el patrón de prueba.</translation>
    </message>
</context>
<context>
    <name>EngagementDock</name>
    <message>
        <source>Poll</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Sorteo</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The show keeps running. What happened:
{what}</source>
        <translation>El show sigue en marcha. Qué pasó:
{what}</translation>
    </message>
    <message>
        <source>The details are saved in {file}, with everything a bug report needs.</source>
        <translation>Los detalles están guardados en {file}, con todo lo que necesita un informe de error.</translation>
    </message>
    <message>
        <source>The details are in the log, with everything a bug report needs.</source>
        <translation>Los detalles están en el registro, con todo lo que necesita un informe de error.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Finish opens a rehearsal: a product pinned on the picture and a practice audience asking and buying in chat. Nothing is published and your stock is untouched. End it with the Rehearsal button.</source>
        <translation>Finalizar abre un ensayo: un producto fijado en la imagen y un público de práctica que pregunta y compra en el chat. No se publica nada y tu stock no cambia. Termínalo con el botón Ensayo.</translation>
    </message>
    <message>
        <source>Finish saves your destination (its key in the system keyring, never in a file). Go Live on the toolbar publishes to it.</source>
        <translation>Finalizar guarda tu destino (su clave en el llavero del sistema, nunca en un archivo). Transmitir, en la barra de herramientas, publica en él.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Vitrina — first run</source>
        <translation>Vitrina — primer inicio</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Nothing was kept: {reason}</source>
        <translation>No se guardó nada: {reason}</translation>
    </message>
</context>
<context>
    <name>FlashSaleDialog</name>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>%1 %2, now %3</source>
        <translation>%1 %2, ahora %3</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.99</source>
        <translation>Precio de oferta, p. ej. 19.99</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Iniciar oferta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Reading the settings…</source>
        <translation>Leyendo los ajustes…</translation>
    </message>
    <message>
        <source>Takes effect when the studio starts again.</source>
        <translation>Se aplica al volver a iniciar el estudio.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>No se pudieron leer los ajustes: {reason}</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Aún leyendo los ajustes: pulsa Aceptar de nuevo en un momento</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in.</source>
        <translation>No hay llavero del sistema donde guardarlo.</translation>
    </message>
</context>
<context>
    <name>GiveawayPanel</name>
    <message>
        <source>A linen tote bag</source>
        <translation>Una bolsa de lino</translation>
    </message>
    <message>
        <source>WIN</source>
        <translation>GANAR</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start giveaway</source>
        <translation>Iniciar sorteo</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Takes entries for</source>
        <translation>Recibe participaciones durante</translation>
    </message>
    <message>
        <source>Draw the winner</source>
        <translation>Sortear ganador</translation>
    </message>
    <message>
        <source>Verify the draw</source>
        <translation>Verificar el sorteo</translation>
    </message>
    <message>
        <source>Replay the draw from its recorded seed: the same winner must come out</source>
        <translation>Repetir el sorteo con su semilla guardada: debe salir el mismo ganador</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) wins among %n entries. Seed: %3</source>
        <translation>
            <numerusform>%1 (%2) gana entre %n participación. Semilla: %3</numerusform>
            <numerusform>%1 (%2) gana entre %n participaciones. Semilla: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: seed %1 draws %2 again among %n entries.</source>
        <translation>
            <numerusform>Verificado: la semilla %1 vuelve a sacar a %2 entre %n participación.</numerusform>
            <numerusform>Verificado: la semilla %1 vuelve a sacar a %2 entre %n participaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No giveaway yet in this show.</source>
        <translation>Aún no hay sorteo en este show.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n participación</numerusform>
            <numerusform>%n participaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn: %1 won</source>
        <translation>sorteado: ganó %1</translation>
    </message>
    <message>
        <source>taking entries</source>
        <translation>recibiendo participaciones</translation>
    </message>
    <message>
        <source>closed: draw the winner</source>
        <translation>cerrado: sortea al ganador</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>escribe %1</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Go live</source>
        <translation>Transmitir</translation>
    </message>
    <message>
        <source>Publish this show to:</source>
        <translation>Publicar este show en:</translation>
    </message>
    <message>
        <source>No destination is saved yet. Add one in File ▸ Settings… ▸ Destinations, or in a terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown).</source>
        <translation>Aún no hay destinos guardados. Añade uno en Archivo ▸ Ajustes… ▸ Destinos, o en una terminal con `vitrina destinations add NAME URL` (se pide la clave y nunca se muestra).</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Transmitir</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Product card</source>
        <translation>Ficha de producto</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Cinta de precios</translation>
    </message>
    <message>
        <source>Which graphics each scene shows</source>
        <translation>Qué gráficos muestra cada escena</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>unido al canal</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconectando en %1 s (intento %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a state, then why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... y %n problema más</numerusform>
            <numerusform>... y %n problemas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Welcome to Vitrina</source>
        <translation>Bienvenido a Vitrina</translation>
    </message>
    <message>
        <source>A few questions get you to your first show. You can skip them, and ask for them again from Help ▸ First-run assistant.</source>
        <translation>Unas pocas preguntas te llevan a tu primer show. Puedes omitirlas y volver a ellas desde Ayuda ▸ Asistente de primer inicio.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sound on new orders</source>
        <translation>Sonido con pedidos nuevos</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Preguntas (%n)</numerusform>
            <numerusform>Preguntas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat (%n)</source>
        <translation>
            <numerusform>Chat (%n)</numerusform>
            <numerusform>Chat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders (%n)</source>
        <translation>
            <numerusform>Pedidos (%n)</numerusform>
            <numerusform>Pedidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waitlist (%n)</source>
        <translation>
            <numerusform>En espera (%n)</numerusform>
            <numerusform>En espera (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Polls and giveaways</source>
        <translation>Encuestas y sorteos</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>Audio mixer</source>
        <translation>Mezclador de audio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importar productos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Informe del show…</translation>
    </message>
    <message>
        <source>What each show sold, when, and while which product was pinned</source>
        <translation>Qué vendió cada show, cuándo y con qué producto fijado</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>Asistente de &amp;primer inicio…</translation>
    </message>
    <message>
        <source>&amp;About Vitrina</source>
        <translation>&amp;Acerca de Vitrina</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source> — REHEARSAL</source>
        <translation> — ENSAYO</translation>
    </message>
    <message>
        <source>Vitrina Studio</source>
        <translation>Vitrina Studio</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>El show terminó</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in this show. See what sold, when, and while which product was pinned?</source>
        <translation>
            <numerusform>%n pedido en este show. ¿Ver qué se vendió, cuándo y con qué producto fijado?</numerusform>
            <numerusform>%n pedidos en este show. ¿Ver qué se vendió, cuándo y con qué producto fijado?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>The show could not open</source>
        <translation>No se pudo abrir el show</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n products: %1 new, %2 updated</source>
        <translation>
            <numerusform>%n producto importado: %1 nuevos, %2 actualizados</numerusform>
            <numerusform>%n productos importados: %1 nuevos, %2 actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed</source>
        <translation>La importación falló; no se cambió nada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines and try again:</source>
        <translation>No se importó nada. Corrige estas líneas e inténtalo de nuevo:</translation>
    </message>
    <message>
        <source>Quit while live?</source>
        <translation>¿Salir en plena transmisión?</translation>
    </message>
    <message>
        <source>The show is live. Quitting ends it on every destination.</source>
        <translation>El show está en vivo. Al salir, termina en todos los destinos.</translation>
    </message>
    <message>
        <source>End the show and quit</source>
        <translation>Terminar el show y salir</translation>
    </message>
</context>
<context>
    <name>MixerDock</name>
    <message>
        <source>No show is open.</source>
        <translation>No hay ningún show abierto.</translation>
    </message>
    <message>
        <source>This show has no audio inputs.</source>
        <translation>Este show no tiene entradas de audio.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>Starting the program…</source>
        <translation>Iniciando el programa…</translation>
    </message>
    <message>
        <source>The monitor is off to save CPU; the show goes on. Right-click to turn it on.</source>
        <translation>El monitor está apagado para ahorrar CPU; el programa continúa. Haz clic derecho para encenderlo.</translation>
    </message>
</context>
<context>
    <name>Monitors</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Desvanecer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a fade takes</source>
        <translation>Duración del desvanecido</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Take the preview to program</source>
        <translation>Pasar la vista previa al programa</translation>
    </message>
    <message>
        <source>Program &amp;monitor</source>
        <translation>&amp;Monitor del programa</translation>
    </message>
    <message>
        <source>&amp;Smooth: every frame</source>
        <translation>&amp;Fluido: cada fotograma</translation>
    </message>
    <message>
        <source>The program as viewers see it, frame for frame</source>
        <translation>El programa tal como lo ven los espectadores, fotograma a fotograma</translation>
    </message>
    <message>
        <source>&amp;Light: every other frame</source>
        <translation>&amp;Ligero: un fotograma de cada dos</translation>
    </message>
    <message>
        <source>Half the frames, for about half of the CPU the monitor costs the window</source>
        <translation>La mitad de los fotogramas, por cerca de la mitad de la CPU que el monitor le cuesta a la ventana</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Apagado</translation>
    </message>
    <message>
        <source>No picture of the program, and the least CPU</source>
        <translation>Sin imagen del programa, y el menor uso de CPU</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Abriendo el show…</translation>
    </message>
    <message>
        <source>Turn studio mode on to prepare a scene</source>
        <translation>Activa el modo estudio para preparar una escena</translation>
    </message>
</context>
<context>
    <name>OrderToast</name>
    <message numerus="yes">
        <source>%n new orders</source>
        <translation>
            <numerusform>%n pedido nuevo</numerusform>
            <numerusform>%n pedidos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from %1: %2, %3</source>
        <translation>Nuevo pedido de %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar pagado</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Cart…</source>
        <translation>Carrito…</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>The password comes from {variable}: change it there.</source>
        <translation>La contraseña viene de {variable}: cámbiala allí.</translation>
    </message>
    <message>
        <source>There is no system keyring to keep a password in: set {variable}.</source>
        <translation>No hay llavero del sistema donde guardar una contraseña: define {variable}.</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Give it to each tool that connects.</source>
        <translation>Guardada en el llavero del sistema. Dásela a cada herramienta que se conecte.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>A new password: it replaces the old one when you press OK, and every tool must then be given it.</source>
        <translation>Una contraseña nueva: reemplaza a la anterior al pulsar Aceptar, y luego hay que dársela a cada herramienta.</translation>
    </message>
</context>
<context>
    <name>PictureProgressBar</name>
    <message>
        <source>Pictures: %v of %m</source>
        <translation>Imágenes: %v de %m</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be fetched yet: trying again later</source>
        <translation>
            <numerusform>%n imagen aún no se pudo descargar: se reintentará</numerusform>
            <numerusform>%n imágenes aún no se pudieron descargar: se reintentará</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures cannot be used (see the log)</source>
        <translation>
            <numerusform>%n imagen no se puede usar (ver el registro)</numerusform>
            <numerusform>%n imágenes no se pueden usar (ver el registro)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Which colour should we show next?</source>
        <translation>¿Qué color mostramos ahora?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Iniciar encuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Abierta durante</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Cerrar encuesta</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Aún no hay encuesta en este show.</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking votes</source>
        <translation>Recibiendo votos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>%n voto en total</numerusform>
            <numerusform>%n votos en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Editar producto</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>chosen for you when left blank</source>
        <translation>se elige por ti si lo dejas vacío</translation>
    </message>
    <message>
        <source>e.g. 24.50</source>
        <translation>p. ej. 24.50</translation>
    </message>
    <message>
        <source>optional: the price before a discount</source>
        <translation>opcional: el precio antes del descuento</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>sin control</translation>
    </message>
    <message>
        <source>e.g. Size / Colour</source>
        <translation>p. ej. Talla / Color</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Precio anterior</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Option names</source>
        <translation>Nombres de opciones</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Añadir variante</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Quitar variante</translation>
    </message>
    <message>
        <source>Variants (each with its own price and stock)</source>
        <translation>Variantes (cada una con su precio y stock)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>compare at</source>
        <translation>precio anterior</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>variante %1</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 up</source>
        <translation>&apos;%1&apos; no es un número entero desde 0</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Search products, codes, SKUs…</source>
        <translation>Buscar productos, códigos, SKU…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Siguiente producto</translation>
    </message>
    <message>
        <source>Flash sale…</source>
        <translation>Oferta relámpago…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the demo catalog…</source>
        <translation>Quitar el catálogo de demostración…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message numerus="yes">
        <source>%n products matching “%1”</source>
        <translation>
            <numerusform>%n producto coincide con “%1”</numerusform>
            <numerusform>%n productos coinciden con “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Open a show to put products on stream</source>
        <translation>Abre un show para poner productos en pantalla</translation>
    </message>
    <message>
        <source>%1, price: %2. The price stays %3.</source>
        <translation>%1, precio: %2. El precio sigue en %3.</translation>
    </message>
    <message>
        <source>The shop has no currency yet: import products, or set it with `vitrina settings`</source>
        <translation>La tienda aún no tiene moneda: importa productos o defínela con `vitrina settings`</translation>
    </message>
    <message>
        <source>Delete %1 %2 and its variants? This cannot be undone.</source>
        <translation>¿Eliminar %1 %2 y sus variantes? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Eliminar producto</translation>
    </message>
    <message>
        <source>Remove the demo catalog</source>
        <translation>Quitar el catálogo de demostración</translation>
    </message>
    <message>
        <source>Delete the demo&apos;s products? Your own products stay.</source>
        <translation>¿Eliminar los productos de demostración? Los tuyos se quedan.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>On stream now</source>
        <translation>En pantalla ahora</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n variants</source>
        <translation>
            <numerusform>  ·  %n variante</numerusform>
            <numerusform>  ·  %n variantes</numerusform>
        </translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>sin control</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Asked by</source>
        <translation>Preguntó</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>on stream</source>
        <translation>en pantalla</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Feature on stream</source>
        <translation>Mostrar en pantalla</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Changing question %1</source>
        <translation>Cambiando la pregunta %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>price: a price cannot be negative</source>
        <translation>precio: un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>stock: the stock cannot go below zero</source>
        <translation>existencias: las existencias no pueden bajar de cero</translation>
    </message>
    <message>
        <source>stock: a product with variants has the stock of its variants: edit a variant</source>
        <translation>existencias: un producto con variantes tiene las existencias de sus variantes: edita una variante</translation>
    </message>
    <message>
        <source>the product is gone: someone deleted it</source>
        <translation>el producto ya no existe: alguien lo eliminó</translation>
    </message>
    <message>
        <source>the variant %1 is gone</source>
        <translation>la variante %1 ya no existe</translation>
    </message>
    <message>
        <source>title: a product needs a title</source>
        <translation>título: un producto necesita un título</translation>
    </message>
    <message>
        <source>SKU: a product needs a SKU</source>
        <translation>SKU: un producto necesita un SKU</translation>
    </message>
    <message>
        <source>SKU: a product&apos;s SKU stays %1</source>
        <translation>SKU: el SKU de un producto sigue siendo %1</translation>
    </message>
    <message>
        <source>SKU: another product has the SKU %1 already</source>
        <translation>SKU: otro producto ya tiene el SKU %1</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; is not a code: letters and digits, at most 12</source>
        <translation>código: &apos;%1&apos; no es un código: letras y dígitos, como máximo 12</translation>
    </message>
    <message>
        <source>code: another product has the code %1 already</source>
        <translation>código: otro producto ya tiene el código %1</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is on another variant too</source>
        <translation>variante %1, SKU: %2 también está en otra variante</translation>
    </message>
    <message>
        <source>variant %1: give its option, e.g. M / Blue</source>
        <translation>variante %1: indica su opción, p. ej. M / Azul</translation>
    </message>
    <message>
        <source>variant %1, stock: the stock cannot go below zero</source>
        <translation>variante %1, existencias: las existencias no pueden bajar de cero</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is a variant of %3 already</source>
        <translation>variante %1, SKU: %2 ya es una variante de %3</translation>
    </message>
    <message>
        <source>variants: %1 has orders, so it cannot be removed</source>
        <translation>variantes: %1 tiene pedidos, así que no se puede quitar</translation>
    </message>
    <message>
        <source>a Pix key is 1 to 77 characters without spaces (CPF, CNPJ, e-mail, +55 phone or random key)</source>
        <translation>una clave Pix tiene de 1 a 77 caracteres sin espacios (CPF, CNPJ, correo, teléfono +55 o clave aleatoria)</translation>
    </message>
    <message>
        <source>the receiver&apos;s name, up to %1 letters (accents are dropped)</source>
        <translation>el nombre del receptor, hasta %1 letras (se quitan los acentos)</translation>
    </message>
    <message>
        <source>the receiver&apos;s city, up to %1 letters (accents are dropped)</source>
        <translation>la ciudad del receptor, hasta %1 letras (se quitan los acentos)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: whole minutes from 0 (no hold) to %2</source>
        <translation>&apos;%1&apos;: minutos enteros de 0 (sin reserva) a %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write a code and an amount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;</source>
        <translation>&apos;%1&apos;: escribe un código y un importe, p. ej. &apos;LIVE10 10%&apos; o &apos;LIVE5 5.00&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percent is more than 0 and at most 100</source>
        <translation>&apos;%1&apos;: un porcentaje es mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the amount off must be more than 0</source>
        <translation>&apos;%1&apos;: el descuento debe ser mayor que 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write an amount such as 15 or 15.90</source>
        <translation>&apos;%1&apos;: escribe un importe como 15 o 15.90</translation>
    </message>
    <message>
        <source>no cart %1</source>
        <translation>no hay ningún carrito %1</translation>
    </message>
    <message>
        <source>no cart %1 (see `vitrina carts`)</source>
        <translation>no hay ningún carrito %1 (consulta `vitrina carts`)</translation>
    </message>
    <message>
        <source>cart %1 is %2: nothing in it can become %3</source>
        <translation>el carrito %1 está %2: nada en él puede pasar a %3</translation>
    </message>
    <message>
        <source>cart %1: %2</source>
        <translation>carrito %1: %2</translation>
    </message>
    <message>
        <source>%1 is not below the price, %2</source>
        <translation>%1 no es menor que el precio, %2</translation>
    </message>
    <message>
        <source>a flash sale lasts from a few seconds to a day, not %1 minutes</source>
        <translation>una oferta relámpago dura de unos segundos a un día, no %1 minutos</translation>
    </message>
    <message>
        <source>a flash-sale price cannot be negative</source>
        <translation>el precio de una oferta relámpago no puede ser negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a keyword: use one word of 2 to 30 letters or digits</source>
        <translation>&apos;%1&apos; no puede ser una palabra clave: usa una palabra de 2 a 30 letras o dígitos</translation>
    </message>
    <message>
        <source>a giveaway takes entries from a few seconds to a day, not %1 minutes</source>
        <translation>un sorteo recibe participaciones de unos segundos a un día, no %1 minutos</translation>
    </message>
    <message>
        <source>nobody has entered yet</source>
        <translation>todavía no participa nadie</translation>
    </message>
    <message>
        <source>giveaway %1 has not been drawn</source>
        <translation>el sorteo %1 no se ha realizado</translation>
    </message>
    <message>
        <source>giveaway %1: the seed draws %2, but %3 was recorded: the entries changed after the draw</source>
        <translation>sorteo %1: la semilla da %2, pero se registró %3: las participaciones cambiaron después del sorteo</translation>
    </message>
    <message>
        <source>show %1 has had no giveaway</source>
        <translation>el show %1 no ha tenido sorteos</translation>
    </message>
    <message>
        <source>giveaway %1 was drawn already; `vitrina giveaway verify %1` replays it</source>
        <translation>el sorteo %1 ya se realizó; `vitrina giveaway verify %1` lo repite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should read like &apos;en: sold, mine&apos;</source>
        <translation>&apos;%1&apos; debería leerse como &apos;es: compro, lo quiero&apos;</translation>
    </message>
    <message>
        <source>give one word, phrase or user, not an empty or multi-line text</source>
        <translation>indica una palabra, frase o usuario, no un texto vacío o de varias líneas</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a PayPal.Me name is 1 to 20 letters and digits</source>
        <translation>&apos;%1&apos;: un nombre de PayPal.Me tiene de 1 a 20 letras y dígitos</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: it must start with https:// or http://</source>
        <translation>&apos;%1&apos;: debe empezar por https:// o http://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a { or } without its pair (%2)</source>
        <translation>&apos;%1&apos;: una { o } sin su pareja (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of %3</source>
        <translation>&apos;%1&apos;: %2 no es uno de %3</translation>
    </message>
    <message>
        <source>Pix field %1 is %2 characters; at most 99 fit</source>
        <translation>el campo Pix %1 tiene %2 caracteres; caben como máximo 99</translation>
    </message>
    <message>
        <source>pix_key is not set</source>
        <translation>pix_key no está definida</translation>
    </message>
    <message>
        <source>pix_name and pix_city must both be set (plain letters)</source>
        <translation>pix_name y pix_city deben estar definidos los dos (letras sin acentos)</translation>
    </message>
    <message>
        <source>a Pix txid is up to %1 letters and digits, not &apos;%2&apos;</source>
        <translation>un txid de Pix tiene hasta %1 letras y dígitos, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a Pix amount must be more than 0</source>
        <translation>un importe de Pix debe ser mayor que 0</translation>
    </message>
    <message>
        <source>a poll needs a question and options that are not empty</source>
        <translation>una encuesta necesita una pregunta y opciones que no estén vacías</translation>
    </message>
    <message>
        <source>a poll has 2 to %1 options, not %2</source>
        <translation>una encuesta tiene de 2 a %1 opciones, no %2</translation>
    </message>
    <message>
        <source>a poll is open from a few seconds to a day, not %1 minutes</source>
        <translation>una encuesta está abierta de unos segundos a un día, no %1 minutos</translation>
    </message>
    <message>
        <source>there is no poll %1</source>
        <translation>no hay ninguna encuesta %1</translation>
    </message>
    <message>
        <source>show %1 has had no poll</source>
        <translation>el show %1 no ha tenido encuestas</translation>
    </message>
    <message>
        <source>a pre-order cap is 1 to %1 units, not %2</source>
        <translation>un límite de reservas es de 1 a %1 unidades, no %2</translation>
    </message>
    <message>
        <source>--ships &apos;%1&apos;: write the date as YYYY-MM-DD, e.g. 2026-12-12</source>
        <translation>--ships &apos;%1&apos;: escribe la fecha como AAAA-MM-DD, p. ej. 2026-12-12</translation>
    </message>
    <message>
        <source>destination %1 has no stream key: set %2, or remove it and add it again with its key</source>
        <translation>el destino %1 no tiene clave de transmisión: define %2, o quítalo y vuelve a añadirlo con su clave</translation>
    </message>
    <message>
        <source>destination %1 is named twice</source>
        <translation>el destino %1 aparece dos veces</translation>
    </message>
    <message>
        <source>destination %1 is disabled (`vitrina destinations enable %2` turns it on)</source>
        <translation>el destino %1 está desactivado (`vitrina destinations enable %2` lo activa)</translation>
    </message>
    <message>
        <source>name %1: no destination by that name (see `vitrina destinations list`)</source>
        <translation>nombre %1: no hay ningún destino con ese nombre (consulta `vitrina destinations list`)</translation>
    </message>
    <message>
        <source>name %1: a destination by that name exists; remove it first</source>
        <translation>nombre %1: ya existe un destino con ese nombre; quítalo primero</translation>
    </message>
    <message>
        <source>name %1: its key would come from %2, as %3&apos;s does; choose another name</source>
        <translation>nombre %1: su clave vendría de %2, como la de %3; elige otro nombre</translation>
    </message>
    <message>
        <source>name: empty; give the destination a name, e.g. youtube</source>
        <translation>nombre: vacío; da un nombre al destino, p. ej. youtube</translation>
    </message>
    <message>
        <source>name: %1 characters long; at most %2</source>
        <translation>nombre: %1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>url: empty; give the server&apos;s address, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: vacía; indica la dirección del servidor, p. ej. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: %1 characters long; at most %2</source>
        <translation>URL: %1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>url: has a space or a control character</source>
        <translation>URL: tiene un espacio o un carácter de control</translation>
    </message>
    <message>
        <source>url: not an address (check the brackets around an IPv6 address)</source>
        <translation>URL: no es una dirección (revisa los corchetes de una dirección IPv6)</translation>
    </message>
    <message>
        <source>name %1: has a control character; use letters, digits, spaces and punctuation</source>
        <translation>nombre %1: tiene un carácter de control; usa letras, dígitos, espacios y signos de puntuación</translation>
    </message>
    <message>
        <source>url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: no empieza por un esquema; usa rtmp:// o rtmps:// para RTMP, http:// o https:// para un punto WHIP</translation>
    </message>
    <message>
        <source>url: starts with %1; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: empieza por %1; usa rtmp:// o rtmps:// para RTMP, http:// o https:// para un punto WHIP</translation>
    </message>
    <message>
        <source>url: has a #fragment; a server&apos;s address has none</source>
        <translation>URL: tiene un #fragmento; la dirección de un servidor no lo lleva</translation>
    </message>
    <message>
        <source>url: an RTMP server&apos;s address has no ?query; the key is read apart from it</source>
        <translation>URL: la dirección de un servidor RTMP no lleva ?consulta; la clave se lee aparte</translation>
    </message>
    <message>
        <source>url: name the server&apos;s application too, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: indica también la aplicación del servidor, p. ej. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: has a user name or password in it; the key is read apart from the address</source>
        <translation>URL: lleva un usuario o una contraseña; la clave se lee aparte de la dirección</translation>
    </message>
    <message>
        <source>url: has no server name, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: no tiene nombre de servidor, p. ej. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: the port must be a number from 1 to 65535</source>
        <translation>URL: el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>key: empty; an RTMP destination needs its stream key</source>
        <translation>clave: vacía; un destino RTMP necesita su clave de transmisión</translation>
    </message>
    <message>
        <source>key: %1 characters long; at most %2</source>
        <translation>clave: %1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>token: %1 characters long; at most %2</source>
        <translation>token: %1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>key: has a space or a control character</source>
        <translation>clave: tiene un espacio o un carácter de control</translation>
    </message>
    <message>
        <source>token: has a space or a control character</source>
        <translation>token: tiene un espacio o un carácter de control</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>moneda: %1</translation>
    </message>
    <message>
        <source>money format: %1</source>
        <translation>formato de moneda: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known locale</source>
        <translation>&apos;%1&apos; no es una configuración regional conocida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; es negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price</source>
        <translation>&apos;%1&apos; no es un precio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 has no minor unit</source>
        <translation>&apos;%1&apos; tiene decimales, pero %2 no tiene unidad fraccionaria</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals</source>
        <translation>&apos;%1&apos; tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>give the address to listen on, e.g. %1 (this machine only)</source>
        <translation>indica la dirección en la que escuchar, p. ej. %1 (solo este equipo)</translation>
    </message>
    <message>
        <source>%1 is not an address: write an IP address or a host name</source>
        <translation>%1 no es una dirección: escribe una dirección IP o un nombre de equipo</translation>
    </message>
    <message>
        <source>%1 is not a port: choose a number from 1 to 65535 (%2 is the one tools try first)</source>
        <translation>%1 no es un puerto: elige un número de 1 a 65535 (%2 es el que prueban primero las herramientas)</translation>
    </message>
    <message>
        <source>%1 is neither %2 (on) nor %3 (off)</source>
        <translation>%1 no es ni %2 (activado) ni %3 (desactivado)</translation>
    </message>
    <message>
        <source>line %1, %2: write a page&apos;s origin as scheme://host[:port], e.g. https://deck.example</source>
        <translation>línea %1, %2: escribe el origen de una página como esquema://equipo[:puerto], p. ej. https://deck.example</translation>
    </message>
    <message>
        <source>a password is required when listening beyond this machine (%1): anyone on the network could take over the show</source>
        <translation>se necesita una contraseña al escuchar más allá de este equipo (%1): cualquiera en la red podría tomar el control del show</translation>
    </message>
    <message>
        <source>remote port %1: choose a port from 1 to 65535</source>
        <translation>puerto remoto %1: elige un puerto de 1 a 65535</translation>
    </message>
    <message>
        <source>remote host %1: without a password, remote control listens only on this machine (127.0.0.1); anyone on the network could take over the show</source>
        <translation>equipo remoto %1: sin contraseña, el control remoto solo escucha en este equipo (127.0.0.1); cualquiera en la red podría tomar el control del show</translation>
    </message>
    <message>
        <source>remote allowed origin %1: write it as scheme://host[:port], e.g. https://deck.example</source>
        <translation>origen remoto permitido %1: escríbelo como esquema://equipo[:puerto], p. ej. https://deck.example</translation>
    </message>
    <message>
        <source>--remote %1: give [HOST:]PORT with a port from 1 to 65535, e.g. 4455</source>
        <translation>--remote %1: indica [EQUIPO:]PUERTO con un puerto de 1 a 65535, p. ej. 4455</translation>
    </message>
    <message>
        <source>--remote %1: the host before the port is empty</source>
        <translation>--remote %1: el equipo antes del puerto está vacío</translation>
    </message>
    <message>
        <source>--size %1</source>
        <translation>--size %1</translation>
    </message>
    <message>
        <source>%1: write it as WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>%1: escríbelo como ANCHOxALTO, p. ej. 1280x720</translation>
    </message>
    <message>
        <source>%1: width and height must be even, from 64x64 to 7680x4320</source>
        <translation>%1: el ancho y el alto deben ser pares, de 64x64 a 7680x4320</translation>
    </message>
    <message>
        <source>--fps %1</source>
        <translation>--fps %1</translation>
    </message>
    <message>
        <source>%1: choose %2 or %3</source>
        <translation>%1: elige %2 o %3</translation>
    </message>
    <message>
        <source>--rtmp %1: the address must start with rtmp:// or rtmps://</source>
        <translation>--rtmp %1: la dirección debe empezar por rtmp:// o rtmps://</translation>
    </message>
    <message>
        <source>--rtmp %1: the address has no server name</source>
        <translation>--rtmp %1: la dirección no tiene nombre de servidor</translation>
    </message>
    <message>
        <source>--rtmp %1: the address needs an application and a stream key, e.g. rtmp://host/live/KEY</source>
        <translation>--rtmp %1: la dirección necesita una aplicación y una clave de transmisión, p. ej. rtmp://host/live/CLAVE</translation>
    </message>
    <message>
        <source>--record %1: record to a .mkv or .mp4 file</source>
        <translation>--record %1: grabe en un archivo .mkv o .mp4</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 does not exist</source>
        <translation>--record %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 cannot be written to</source>
        <translation>--record %1: no se puede escribir en la carpeta %2</translation>
    </message>
    <message>
        <source>--record %1: that is a folder</source>
        <translation>--record %1: eso es una carpeta</translation>
    </message>
    <message>
        <source>--whip %1: a WHIP endpoint is an http:// or https:// address</source>
        <translation>--whip %1: un punto WHIP es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>%1 %2: the address must not contain spaces or control characters</source>
        <translation>%1 %2: la dirección no debe contener espacios ni caracteres de control</translation>
    </message>
    <message>
        <source>%1 %2: the server name is not valid</source>
        <translation>%1 %2: el nombre del servidor no es válido</translation>
    </message>
    <message>
        <source>%1 %2: the port must be a number from 1 to 65535</source>
        <translation>%1 %2: el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>a scene needs a name</source>
        <translation>una escena necesita un nombre</translation>
    </message>
    <message>
        <source>a scene name has at most %1 characters, not %2</source>
        <translation>el nombre de una escena tiene como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <source>%1 is the only scene: a show needs one, so add another first</source>
        <translation>%1 es la única escena: un show necesita una, así que añade otra primero</translation>
    </message>
    <message>
        <source>%1 has %2 layers: there is no layer %3</source>
        <translation>%1 tiene %2 capas: no hay capa %3</translation>
    </message>
    <message>
        <source>there is a scene called %1 already: choose another name</source>
        <translation>ya hay una escena llamada %1: elige otro nombre</translation>
    </message>
    <message>
        <source>there is no scene called %1</source>
        <translation>no hay ninguna escena llamada %1</translation>
    </message>
    <message>
        <source>%1: no such setting; there are %2</source>
        <translation>%1: no existe ese ajuste; los hay: %2</translation>
    </message>
    <message>
        <source>%1 (H.264 halves the colour both ways, so odd sizes cannot be encoded)</source>
        <translation>%1 (H.264 reduce el color a la mitad en ambos sentidos, así que no se pueden codificar tamaños impares)</translation>
    </message>
    <message>
        <source>%1 is not a bitrate: give kbit/s from %2 to %3, e.g. 3000</source>
        <translation>%1 no es una tasa de bits: indica kbit/s de %2 a %3, p. ej. 3000</translation>
    </message>
    <message>
        <source>%1: give the gain in dB from %2 to +%3, e.g. 0</source>
        <translation>%1: indica la ganancia en dB de %2 a +%3, p. ej. 0</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>no hay ningún archivo %1</translation>
    </message>
    <message>
        <source>%1: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH</source>
        <translation>%1: elige tone, none, un micrófono (mic o mic:DISPOSITIVO) o file:RUTA</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>línea %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: the rehearsal audience comes with a rehearsal only, never to a show</source>
        <translation>línea %1: el público de ensayo solo viene con un ensayo, nunca a un show</translation>
    </message>
    <message>
        <source>%1 is not an address: no spaces or control characters, at most %2</source>
        <translation>%1 no es una dirección: sin espacios ni caracteres de control, como máximo %2</translation>
    </message>
    <message>
        <source>%1 is not an address: check the server name and port</source>
        <translation>%1 no es una dirección: revisa el nombre del servidor y el puerto</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://shop.example/checkout</source>
        <translation>%1 no es una dirección web: escríbela como https://tienda.example/checkout</translation>
    </message>
    <message>
        <source>%1 is not a colour: write it as #rrggbb, e.g. #6c2bd9</source>
        <translation>%1 no es un color: escríbelo como #rrggbb, p. ej. #6c2bd9</translation>
    </message>
    <message>
        <source>%1: choose a PNG, JPEG or WebP picture</source>
        <translation>%1: elige una imagen PNG, JPEG o WebP</translation>
    </message>
    <message>
        <source>%1 characters long; at most %2</source>
        <translation>%1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>has a space or a control character; paste the key alone</source>
        <translation>tiene un espacio o un carácter de control; pega solo la clave</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 no es uno de %3</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code, e.g. EUR</source>
        <translation>%1 no es un código de moneda ISO 4217, p. ej. EUR</translation>
    </message>
    <message>
        <source>%1 is not a known locale, e.g. pt_BR or en_US</source>
        <translation>%1 no es una configuración regional conocida, p. ej. es_ES o en_US</translation>
    </message>
    <message>
        <source>%1: a secret is read from the keyring, never the store</source>
        <translation>%1: un secreto se lee del llavero, nunca del almacén</translation>
    </message>
    <message>
        <source>%1: there is no system keyring here to keep it in; set %2 in the environment of the session instead</source>
        <translation>%1: aquí no hay llavero del sistema donde guardarlo; define %2 en el entorno de la sesión</translation>
    </message>
    <message>
        <source>%1: the system keyring refused it (see the log)</source>
        <translation>%1: el llavero del sistema lo rechazó (consulta el registro)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cart %1 is in %2; Pix takes BRL only</source>
        <translation>el carrito %1 está en %2; Pix solo acepta BRL</translation>
    </message>
    <message>
        <source>cart %1 has nothing to pay</source>
        <translation>el carrito %1 no tiene nada que pagar</translation>
    </message>
    <message>
        <source>remote password: there is no system keyring to keep one in; set %1</source>
        <translation>contraseña remota: no hay llavero del sistema donde guardarla; define %1</translation>
    </message>
    <message>
        <source>remote password: a password is required (or turn it off, on this machine only)</source>
        <translation>contraseña remota: se necesita una contraseña (o desactívela, solo en este equipo)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>sin pagar</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>no hay ningún pedido %1</translation>
    </message>
    <message>
        <source>order %1 is %2; it cannot become %3</source>
        <translation>el pedido %1 está %2; no puede pasar a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es uno de %2</translation>
    </message>
    <message>
        <source>message %1 is not a question</source>
        <translation>el mensaje %1 no es una pregunta</translation>
    </message>
    <message>
        <source>no show %1</source>
        <translation>no hay ningún show %1</translation>
    </message>
    <message>
        <source>gain %1 dB: choose from %2 to +%3 dB</source>
        <translation>ganancia %1 dB: elige de %2 a +%3 dB</translation>
    </message>
    <message>
        <source>audio input %1: no such input (there are: %2)</source>
        <translation>entrada de audio %1: no existe (hay: %2)</translation>
    </message>
    <message>
        <source>--pin %1: no product has that code (see `vitrina products`)</source>
        <translation>--pin %1: ningún producto tiene ese código (consulta `vitrina products`)</translation>
    </message>
    <message>
        <source>%1 %2: no such scene; there are %3</source>
        <translation>%1 %2: no existe esa escena; las hay: %3</translation>
    </message>
    <message>
        <source>--chat %1: the rehearsal audience only comes to a rehearsal (--rehearsal): its orders would mix with real ones</source>
        <translation>--chat %1: el público de ensayo solo viene a un ensayo (--rehearsal): sus pedidos se mezclarían con los reales</translation>
    </message>
    <message>
        <source>--source %1</source>
        <translation>--source %1</translation>
    </message>
    <message>
        <source>--audio %1: there is no file %2</source>
        <translation>--audio %1: no hay ningún archivo %2</translation>
    </message>
    <message>
        <source>--audio %1</source>
        <translation>--audio %1</translation>
    </message>
    <message>
        <source>--audio %1: use tone, none, mic[:DEVICE] or file:PATH</source>
        <translation>--audio %1: usa tone, none, mic[:DISPOSITIVO] o file:RUTA</translation>
    </message>
    <message>
        <source>a rehearsal publishes nothing: end it and open the show to go live</source>
        <translation>un ensayo no publica nada: termínalo y abre el show para transmitir</translation>
    </message>
    <message>
        <source>already recording to %1</source>
        <translation>ya se está grabando en %1</translation>
    </message>
    <message>
        <source>the scene %1 has no layer %2 (it has %3)</source>
        <translation>la escena %1 no tiene capa %2 (tiene %3)</translation>
    </message>
    <message>
        <source>turn studio mode on to prepare a scene in preview</source>
        <translation>activa el modo estudio para preparar una escena en la vista previa</translation>
    </message>
    <message>
        <source>a transition takes the preview to program: turn studio mode on first</source>
        <translation>una transición lleva la vista previa al programa: activa antes el modo estudio</translation>
    </message>
    <message>
        <source>the show is not open</source>
        <translation>el show no está abierto</translation>
    </message>
    <message>
        <source>--show last: there has been no show yet (start one with `vitrina run`)</source>
        <translation>--show last: todavía no ha habido ningún show (empieza uno con `vitrina run`)</translation>
    </message>
    <message>
        <source>--show %1: no such show</source>
        <translation>--show %1: no existe ese show</translation>
    </message>
    <message>
        <source>--viewers %1</source>
        <translation>--viewers %1</translation>
    </message>
    <message>
        <source>%1: use youtube:VIDEO_ID or twitch:LOGIN</source>
        <translation>%1: usa youtube:VIDEO_ID o twitch:LOGIN</translation>
    </message>
    <message>
        <source>%1: give the live video&apos;s id, e.g. youtube:dQw4w9WgXcQ</source>
        <translation>%1: indica el id del vídeo en directo, por ejemplo youtube:dQw4w9WgXcQ</translation>
    </message>
    <message>
        <source>%1: give the channel&apos;s login, e.g. twitch:myshop</source>
        <translation>%1: indica el usuario del canal, por ejemplo twitch:myshop</translation>
    </message>
    <message>
        <source>%1: the rehearsal rate is messages per second, from %2 to %3</source>
        <translation>%1: el ritmo del ensayo es en mensajes por segundo, de %2 a %3</translation>
    </message>
    <message>
        <source>%1: the ingest port is a number from %2 to %3</source>
        <translation>%1: el puerto de entrada es un número de %2 a %3</translation>
    </message>
    <message>
        <source>%1: the ingest socket needs a token: set VITRINA_INGEST_TOKEN (or store one in the system keyring as vitrina/ingest)</source>
        <translation>%1: el socket de entrada necesita un token: define VITRINA_INGEST_TOKEN (o guarda uno en el llavero del sistema como vitrina/ingest)</translation>
    </message>
    <message>
        <source>%1: give the live chat&apos;s id, e.g. youtube:Cg0KC2FiY2RlZmdoaWpr</source>
        <translation>%1: indica el id del chat en directo, por ejemplo youtube:Cg0KC2FiY2RlZmdoaWpr</translation>
    </message>
    <message>
        <source>%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] or rehearsal[:MESSAGES_PER_SECOND]</source>
        <translation>%1: usa irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] o rehearsal[:MESSAGES_PER_SECOND]</translation>
    </message>
    <message>
        <source>--chat %1</source>
        <translation>--chat %1</translation>
    </message>
    <message>
        <source>%1: name the Twitch channel, e.g. twitch:myshop</source>
        <translation>%1: indica el canal de Twitch, por ejemplo twitch:myshop</translation>
    </message>
    <message>
        <source>%1: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL</source>
        <translation>%1: escribe irc://HOST:PORT/#CHANNEL, ircs://... o twitch:CHANNEL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>el CSV está mal formado: %1</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>%1 celdas, pero la cabecera tiene %2 columnas (¿una coma dentro de un valor sin comillas?)</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>hace falta un precio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of units</source>
        <translation>&apos;%1&apos; no es un número entero de unidades</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: stock cannot go below zero</source>
        <translation>&apos;%1&apos; es negativo: el stock no puede bajar de cero</translation>
    </message>
    <message>
        <source>the sku is empty</source>
        <translation>el SKU está vacío</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>el título está vacío</translation>
    </message>
    <message>
        <source>the price has no currency: %1</source>
        <translation>el precio no tiene moneda: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code: use 1 to 12 letters and digits, like A12</source>
        <translation>&apos;%1&apos; no es un código: usa de 1 a 12 letras y dígitos, como A12</translation>
    </message>
    <message>
        <source>the %1 format needs the column &apos;%2&apos;</source>
        <translation>el formato %1 necesita la columna &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>el archivo tiene cabecera pero ningún producto</translation>
    </message>
    <message>
        <source>the header is neither a Shopify product export (Handle, Title, Variant Price, ...) nor a product sheet (sku, title, price, ...)</source>
        <translation>la cabecera no es ni una exportación de productos de Shopify (Handle, Title, Variant Price, ...) ni una hoja de productos (sku, title, price, ...)</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already appears on line %2</source>
        <translation>&apos;%1&apos; ya aparece en la línea %2</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; belongs to product &apos;%2&apos; already</source>
        <translation>el código &apos;%1&apos; ya pertenece al producto &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is also on line %2</source>
        <translation>el código &apos;%1&apos; también está en la línea %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a variant of product &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; ya es una variante del producto &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --currency CODE, or set the store&apos;s currency with `vitrina settings currency CODE`</source>
        <translation>indica --currency CÓDIGO, o define la moneda de la tienda con `vitrina settings currency CÓDIGO`</translation>
    </message>
    <message>
        <source>Shopify exports carry no currency: %1</source>
        <translation>las exportaciones de Shopify no llevan moneda: %1</translation>
    </message>
    <message>
        <source>the Handle is empty</source>
        <translation>el Handle está vacío</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no title on its first row</source>
        <translation>el producto &apos;%1&apos; no tiene título en su primera fila</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no variant row with a price</source>
        <translation>el producto &apos;%1&apos; no tiene ninguna fila de variante con precio</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; already has the variant &apos;%2&apos; on line %3</source>
        <translation>el producto &apos;%1&apos; ya tiene la variante &apos;%2&apos; en la línea %3</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: on the card&apos;s panel it has a contrast of %2:1 over some pictures, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 se lee mal en la emisión: sobre el panel de la tarjeta tiene un contraste de %2:1 sobre algunas imágenes, y hace falta al menos %3:1; elige un color más oscuro o intenso</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: white text on it has a contrast of %2:1, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 se lee mal en la emisión: el texto blanco sobre él tiene un contraste de %2:1, y hace falta al menos %3:1; elige un color más oscuro o intenso</translation>
    </message>
    <message>
        <source>removed by a moderator</source>
        <translation>eliminado por un moderador</translation>
    </message>
    <message>
        <source>a quantity must be 1 to %1</source>
        <translation>la cantidad debe ser de 1 a %1</translation>
    </message>
    <message>
        <source>no product has the code %1</source>
        <translation>ningún producto tiene el código %1</translation>
    </message>
    <message>
        <source>no product code</source>
        <translation>sin código de producto</translation>
    </message>
    <message>
        <source>which %1?</source>
        <translation>¿qué %1?</translation>
    </message>
    <message>
        <source>which variant?</source>
        <translation>¿qué variante?</translation>
    </message>
    <message>
        <source>which %1? (&apos;%2&apos; is not one of %3&apos;s)</source>
        <translation>¿qué %1? (&apos;%2&apos; no es una opción de %3)</translation>
    </message>
    <message>
        <source>which variant? (&apos;%1&apos; is not one of %2&apos;s)</source>
        <translation>¿qué variante? (&apos;%1&apos; no es una opción de %2)</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 no tiene %2</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <translation>¿qué %1? %2</translation>
    </message>
    <message>
        <source>which variant? %1</source>
        <translation>¿qué variante? %1</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Let remote-control tools drive the show (obs-websocket 5)</source>
        <translation>Permitir que herramientas de control remoto manejen el show (obs-websocket 5)</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Pedir contraseña</translation>
    </message>
    <message>
        <source>https://deck.example (one per line)</source>
        <translation>https://deck.example (una por línea)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Leyendo los ajustes…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Páginas del navegador que pueden conectarse</translation>
    </message>
    <message>
        <source>A web page open in your browser can reach remote control too: it is refused unless its origin is listed here</source>
        <translation>Una página abierta en tu navegador también puede llegar al control remoto: se rechaza salvo que su origen esté aquí</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>No se pudieron leer los ajustes: {reason}</translation>
    </message>
    <message>
        <source>Always required when listening beyond this machine ({host}): anyone on the network could take over the show</source>
        <translation>Siempre obligatoria si se escucha fuera de este equipo ({host}): cualquiera en la red podría tomar el show</translation>
    </message>
    <message>
        <source>Without a password, any web page open in this computer&apos;s browser can switch scenes, go live or end the show. Turn it off only if you know why.</source>
        <translation>Sin contraseña, cualquier página abierta en el navegador de este equipo puede cambiar escenas, transmitir o terminar el show. Desactívala solo si sabes por qué.</translation>
    </message>
    <message>
        <source>Tools connect to {url}</source>
        <translation>Las herramientas se conectan a {url}</translation>
    </message>
    <message>
        <source>Tools connect to the address and port above</source>
        <translation>Las herramientas se conectan a la dirección y puerto de arriba</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Aún leyendo los ajustes: pulsa Aceptar de nuevo en un momento</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <source>reserved</source>
        <comment>reply: the item is the buyer&apos;s</comment>
        <translation>reservado</translation>
    </message>
    <message>
        <source>pre-order</source>
        <comment>reply: the item is ordered before it is in stock</comment>
        <translation>preventa</translation>
    </message>
    <message>
        <source>reminder</source>
        <comment>reply: a cart still waits for payment</comment>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>cart</source>
        <comment>reply: before the cart&apos;s code</comment>
        <translation>carrito</translation>
    </message>
    <message>
        <source>total</source>
        <comment>reply: before the cart&apos;s total</comment>
        <translation>total</translation>
    </message>
    <message>
        <source>pay</source>
        <comment>reply: before the payment link</comment>
        <translation>pago</translation>
    </message>
    <message>
        <source>held until %1</source>
        <comment>reply: the reservation lasts until a time of day</comment>
        <translation>guardado hasta las %1</translation>
    </message>
    <message>
        <source>ships %1</source>
        <comment>reply: a pre-order&apos;s shipping date</comment>
        <translation>se envía el %1</translation>
    </message>
    <message>
        <source>your cart is waiting for payment</source>
        <translation>tu carrito espera el pago</translation>
    </message>
    <message>
        <source>%1 is sold out: you are #%2 on the waitlist</source>
        <comment>reply: the item, the place in line</comment>
        <translation>%1 está agotado: eres el n.º %2 en la lista de espera</translation>
    </message>
    <message>
        <source>sold out, you are on the waitlist</source>
        <comment>reply said once to several buyers</comment>
        <translation>agotado, estás en la lista de espera</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <comment>reply: the item</comment>
        <translation>%1 está agotado</translation>
    </message>
    <message>
        <source>sold out</source>
        <comment>reply said once to several buyers</comment>
        <translation>agotado</translation>
    </message>
    <message>
        <source>the hold on %1 ran out: it is released</source>
        <comment>reply: the item</comment>
        <translation>se acabó la reserva de %1: quedó liberado</translation>
    </message>
    <message>
        <source>your hold ran out, the item is released</source>
        <comment>reply said once to several buyers</comment>
        <translation>se acabó tu reserva, el artículo quedó liberado</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <comment>reply: the product code, then its choices</comment>
        <translation>¿cuál %1? %2</translation>
    </message>
</context>
<context>
    <name>SceneEditing</name>
    <message>
        <source>Add scene</source>
        <translation>Añadir escena</translation>
    </message>
    <message>
        <source>Name of the new scene:</source>
        <translation>Nombre de la nueva escena:</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <source>Rename scene</source>
        <translation>Renombrar escena</translation>
    </message>
    <message>
        <source>New name for the scene:</source>
        <translation>Nuevo nombre de la escena:</translation>
    </message>
    <message>
        <source>Duplicate scene</source>
        <translation>Duplicar escena</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>“%1” is on program: put another scene on program to delete it</source>
        <translation>“%1” está en el programa: pon otra escena en el programa para eliminarla</translation>
    </message>
    <message>
        <source>“%1” is in preview: prepare another scene to delete it</source>
        <translation>“%1” está en vista previa: prepara otra escena para eliminarla</translation>
    </message>
    <message>
        <source>“%1” is the only scene: a show needs one</source>
        <translation>“%1” es la única escena: un show necesita al menos una</translation>
    </message>
    <message>
        <source>Delete scene</source>
        <translation>Eliminar escena</translation>
    </message>
    <message>
        <source>Delete the scene “%1” and its layers?</source>
        <translation>¿Eliminar la escena “%1” y sus capas?</translation>
    </message>
</context>
<context>
    <name>SceneLayersModel</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Ficha de producto</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Cinta de precios</translation>
    </message>
    <message>
        <source>Shown: untick to hide it</source>
        <translation>Visible: desmárcala para ocultarla</translation>
    </message>
    <message>
        <source>Hidden: tick to show it</source>
        <translation>Oculta: márcala para mostrarla</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <source>On program</source>
        <translation>En el programa</translation>
    </message>
    <message>
        <source>In preview</source>
        <translation>En vista previa</translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a scene showing the camera</source>
        <translation>Añadir una escena con la cámara</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the chosen scene</source>
        <translation>Renombrar la escena elegida</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Copy the chosen scene and its layers</source>
        <translation>Copiar la escena elegida y sus capas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen scene up</source>
        <translation>Subir la escena elegida</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen scene down</source>
        <translation>Bajar la escena elegida</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the chosen scene</source>
        <translation>Eliminar la escena elegida</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Capas de %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Comes from {variable} in this session&apos;s environment: change it there.</source>
        <translation>Viene de {variable} en el entorno de esta sesión: cámbialo allí.</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in: set {variable} in the environment instead.</source>
        <translation>No hay llavero del sistema donde guardarlo: define {variable} en el entorno.</translation>
    </message>
    <message>
        <source>Kept in the system keyring.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Not set. Kept in the system keyring once saved.</source>
        <translation>Sin definir. Se guardará en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SettingDefinitions</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Where the show&apos;s sound comes from: a microphone, a test tone, a file (file:PATH) or none</source>
        <translation>De dónde viene el sonido del show: un micrófono, un tono de prueba, un archivo (file:PATH) o nada</translation>
    </message>
    <message>
        <source>The system&apos;s default microphone</source>
        <translation>El micrófono predeterminado del sistema</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Un tono de prueba</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Gain (dB)</source>
        <translation>Ganancia (dB)</translation>
    </message>
    <message>
        <source>Louder or softer than the input gives it, from -60 to +20 dB; 0 leaves it</source>
        <translation>Más alto o más bajo que la entrada, de -60 a +20 dB; 0 lo deja igual</translation>
    </message>
    <message>
        <source>Chats to read</source>
        <translation>Chats a leer</translation>
    </message>
    <message>
        <source>One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</source>
        <translation>Uno por línea: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</translation>
    </message>
    <message>
        <source>Twitch token</source>
        <translation>Token de Twitch</translation>
    </message>
    <message>
        <source>An OAuth token for the channel&apos;s account; without it chat is read anonymously</source>
        <translation>Un token OAuth de la cuenta del canal; sin él, el chat se lee de forma anónima</translation>
    </message>
    <message>
        <source>YouTube API key</source>
        <translation>Clave de API de YouTube</translation>
    </message>
    <message>
        <source>A YouTube Data API key, to read a live chat</source>
        <translation>Una clave de YouTube Data API, para leer un chat en vivo</translation>
    </message>
    <message>
        <source>YouTube token</source>
        <translation>Token de YouTube</translation>
    </message>
    <message>
        <source>An OAuth token instead of the key, to read the channel&apos;s own private chats</source>
        <translation>Un token OAuth en lugar de la clave, para leer los chats privados del propio canal</translation>
    </message>
    <message>
        <source>Chat ingest token</source>
        <translation>Token de entrada del chat</translation>
    </message>
    <message>
        <source>What a chat bridge must show to the local ingest socket</source>
        <translation>Lo que un puente de chat debe presentar al socket de entrada local</translation>
    </message>
    <message>
        <source>Replies in chat</source>
        <translation>Respuestas en el chat</translation>
    </message>
    <message>
        <source>on: buy comments are answered in the chat they came from (reserved, waitlist, which variant), within each platform&apos;s message limits</source>
        <translation>on: los comentarios de compra se responden en su chat (reservado, lista de espera, qué variante), dentro de los límites de cada plataforma</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activadas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Viewer counts to read</source>
        <translation>Conteos de espectadores</translation>
    </message>
    <message>
        <source>One a line, asked once a minute while a show runs: youtube:VIDEO_ID (with the key or token above), twitch:LOGIN (with the token and the Client-Id below)</source>
        <translation>Uno por línea, consultado cada minuto durante el directo: youtube:VIDEO_ID (con la clave o el token de arriba), twitch:LOGIN (con el token y el Client-Id de abajo)</translation>
    </message>
    <message>
        <source>Twitch Client-Id</source>
        <translation>Client-Id de Twitch</translation>
    </message>
    <message>
        <source>The Client-Id of the application the Twitch token was made for: Twitch&apos;s API wants it to say how many watch</source>
        <translation>El Client-Id de la aplicación para la que se creó el token de Twitch: la API de Twitch lo pide para decir cuántos miran</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>The colour of the graphics&apos; bands, prices and bars, as #rrggbb</source>
        <translation>El color de las franjas, precios y barras de los gráficos, como #rrggbb</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture shown in a corner of the stream</source>
        <translation>Una imagen PNG, JPEG o WebP en una esquina de la transmisión</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The language of menus, docks and dialogs; the system&apos;s unless chosen</source>
        <translation>El idioma de menús, paneles y diálogos; el del sistema si no eliges otro</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>1 lets obs-websocket 5 tools (Stream Deck, Companion, scripts) drive the show</source>
        <translation>1 deja que herramientas obs-websocket 5 (Stream Deck, Companion, scripts) manejen el show</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Where tools connect: 127.0.0.1 is this machine only</source>
        <translation>Dónde se conectan las herramientas: 127.0.0.1 es solo este equipo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The port tools connect to; 4455 is the one they try first</source>
        <translation>El puerto al que se conectan las herramientas; 4455 es el que prueban primero</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Pedir contraseña</translation>
    </message>
    <message>
        <source>1 makes each tool give the password; always so beyond this machine</source>
        <translation>1 obliga a cada herramienta a dar la contraseña; siempre fuera de este equipo</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Páginas del navegador que pueden conectarse</translation>
    </message>
    <message>
        <source>Web pages&apos; origins, one a line, e.g. https://deck.example</source>
        <translation>Orígenes de páginas web, uno por línea, p. ej. https://deck.example</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>ISO 4217 currency of imported prices that name none, e.g. EUR</source>
        <translation>Moneda ISO 4217 de los precios importados que no la indican, p. ej. EUR</translation>
    </message>
    <message>
        <source>Money locale</source>
        <translation>Formato del dinero</translation>
    </message>
    <message>
        <source>How the show writes money and numbers, e.g. pt_BR</source>
        <translation>Cómo escribe el show el dinero y los números, p. ej. pt_BR</translation>
    </message>
    <message>
        <source>Buy keywords</source>
        <translation>Palabras de compra</translation>
    </message>
    <message>
        <source>The words that make a comment a purchase, per language, e.g. &apos;en: sold, mine; es: compro&apos;</source>
        <translation>Las palabras que convierten un comentario en compra, por idioma, p. ej. &apos;en: sold, mine; es: compro&apos;</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>The shop&apos;s page the QR code opens for a product without a link of its own, e.g. https://shop.example/checkout</source>
        <translation>La página de la tienda que abre el QR de un producto sin enlace propio, p. ej. https://shop.example/checkout</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>The picture&apos;s size, WIDTHxHEIGHT, both even: upright 1080x1920 for TikTok, Reels and Shorts</source>
        <translation>El tamaño de la imagen, ANCHOxALTO, ambos pares: vertical 1080x1920 para TikTok, Reels y Shorts</translation>
    </message>
    <message>
        <source>1920x1080 (landscape, 1080p)</source>
        <translation>1920x1080 (horizontal, 1080p)</translation>
    </message>
    <message>
        <source>1280x720 (landscape, 720p)</source>
        <translation>1280x720 (horizontal, 720p)</translation>
    </message>
    <message>
        <source>1080x1920 (vertical, 1080p)</source>
        <translation>1080x1920 (vertical, 1080p)</translation>
    </message>
    <message>
        <source>720x1280 (vertical, 720p)</source>
        <translation>720x1280 (vertical, 720p)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Frames per second; 30 suits most platforms</source>
        <translation>Fotogramas por segundo; 30 sirve para la mayoría de plataformas</translation>
    </message>
    <message>
        <source>Video bitrate (kbit/s)</source>
        <translation>Tasa de bits de video (kbit/s)</translation>
    </message>
    <message>
        <source>How much picture a second is sent, e.g. 3000 at 720p, 4500 at 1080p</source>
        <translation>Cuánta imagen se envía por segundo, p. ej. 3000 a 720p, 4500 a 1080p</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>Preajuste del codificador</translation>
    </message>
    <message>
        <source>Faster presets leave the computer more to spare, slower ones look better at the same bitrate</source>
        <translation>Los preajustes rápidos dejan más margen al equipo; los lentos se ven mejor con la misma tasa de bits</translation>
    </message>
    <message>
        <source>Hold (minutes)</source>
        <translation>Reserva (minutos)</translation>
    </message>
    <message>
        <source>Minutes an unpaid reservation is held before its stock is released (0: held until you act)</source>
        <translation>Minutos que se guarda una reserva sin pagar antes de liberar su stock (0: hasta que actúes)</translation>
    </message>
    <message>
        <source>Show discount</source>
        <translation>Descuento del directo</translation>
    </message>
    <message>
        <source>A code and its discount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;; empty for none</source>
        <translation>Un código y su descuento, p. ej. &apos;LIVE10 10%&apos; o &apos;LIVE5 5.00&apos;; vacío si no hay</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Gastos de envío</translation>
    </message>
    <message>
        <source>The flat shipping fee per cart, e.g. 15.90; empty for free shipping</source>
        <translation>Gastos de envío fijos por carrito, p. ej. 15.90; vacío para envío gratis</translation>
    </message>
    <message>
        <source>Free shipping over</source>
        <translation>Envío gratis desde</translation>
    </message>
    <message>
        <source>Carts from this amount (after the discount) ship free, e.g. 150</source>
        <translation>Los carritos desde este importe (tras el descuento) se envían gratis, p. ej. 150</translation>
    </message>
    <message>
        <source>Pix key</source>
        <translation>Clave Pix</translation>
    </message>
    <message>
        <source>The shop&apos;s Pix key (CPF, CNPJ, e-mail, +55 phone or random key): each cart gets a Pix code</source>
        <translation>La clave Pix de la tienda (CPF, CNPJ, e-mail, teléfono +55 o clave aleatoria): cada carrito recibe un código Pix</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s name</source>
        <translation>Nombre del receptor Pix</translation>
    </message>
    <message>
        <source>Up to 25 letters, as the bank shows it to the buyer</source>
        <translation>Hasta 25 letras, como el banco lo muestra al comprador</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s city</source>
        <translation>Ciudad del receptor Pix</translation>
    </message>
    <message>
        <source>Up to 15 letters</source>
        <translation>Hasta 15 letras</translation>
    </message>
    <message>
        <source>PayPal.Me name</source>
        <translation>Nombre de PayPal.Me</translation>
    </message>
    <message>
        <source>Buyers get paypal.me/NAME/AMOUNT</source>
        <translation>Los compradores reciben paypal.me/NOMBRE/IMPORTE</translation>
    </message>
    <message>
        <source>Cart checkout link</source>
        <translation>Enlace de pago del carrito</translation>
    </message>
    <message>
        <source>A link with {cart}, {total} and {items}, e.g. https://shop.example/cart/{items}</source>
        <translation>Un enlace con {cart}, {total} y {items}, p. ej. https://shop.example/cart/{items}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar los ajustes: {reason}</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>Prices are kept in one currency. The demo products are priced in it too, so a show&apos;s takings are never in two currencies.</source>
        <translation>Los precios se guardan en una moneda. Los productos de demostración también, así que la recaudación de un show nunca mezcla monedas.</translation>
    </message>
    <message>
        <source>Money is written as in:</source>
        <translation>El dinero se escribe como en:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>A price reads:</source>
        <translation>Un precio se ve así:</translation>
    </message>
    <message>
        <source>Currency: {code} is not an ISO 4217 code, e.g. EUR</source>
        <translation>Moneda: {code} no es un código ISO 4217, p. ej. EUR</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Money format: {locale} is not a locale, e.g. pt_BR</source>
        <translation>Formato de dinero: {locale} no es una configuración regional, p. ej. pt_BR</translation>
    </message>
</context>
<context>
    <name>ShowControls</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Transmitir</translation>
    </message>
    <message>
        <source>Publish to the destinations you choose</source>
        <translation>Publicar en los destinos que elijas</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Terminar show</translation>
    </message>
    <message>
        <source>End the show on every destination</source>
        <translation>Terminar el show en todos los destinos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Record the program to the recordings folder</source>
        <translation>Grabar el programa en la carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Rehearse on a copy of the shop with a practice audience: nothing is published</source>
        <translation>Ensaya con una copia de la tienda y un público de práctica: no se publica nada</translation>
    </message>
    <message>
        <source>Studio Mode</source>
        <translation>Modo estudio</translation>
    </message>
    <message>
        <source>Prepare the next scene in preview</source>
        <translation>Preparar la siguiente escena en vista previa</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing</source>
        <translation>Un ensayo no publica nada</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>¿Terminar el show?</translation>
    </message>
    <message>
        <source>The stream stops on every destination and the recording is finished.</source>
        <translation>La transmisión se detiene en todos los destinos y la grabación se cierra.</translation>
    </message>
    <message>
        <source>The recording failed: {error}</source>
        <translation>La grabación falló: {error}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Grabación guardada: {path}</translation>
    </message>
</context>
<context>
    <name>ShowReportWindow</name>
    <message>
        <source>Show report</source>
        <translation>Informe del show</translation>
    </message>
    <message>
        <source>Choose a show; choose several (Ctrl or Shift) to compare their figures</source>
        <translation>Elige un show; elige varios (Ctrl o Mayús) para comparar sus cifras</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Ctrl+click more shows to compare their figures side by side</source>
        <translation>Ctrl+clic en más shows para comparar sus cifras lado a lado</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat messages per minute</source>
        <translation>Mensajes de chat por minuto</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Espectadores simultáneos</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>espectadores</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <source>Orders this show</source>
        <translation>Pedidos en este show</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>This minute</source>
        <translation>Este minuto</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Viendo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n orders, %1</source>
        <translation>
            <numerusform>%n pedido, %1</numerusform>
            <numerusform>%n pedidos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>The store could not do it: %1</source>
        <translation>La base de datos no pudo hacerlo: %1</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>Cannot read the show&apos;s store: %1</source>
        <translation>No se puede leer la base de datos del show: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 failed (the log says why)</source>
        <translation>%1 falló (el registro dice por qué)</translation>
    </message>
</context>
<context>
    <name>StreamWords</name>
    <message numerus="yes">
        <source>Only %n left</source>
        <comment>low-stock badge</comment>
        <translation>
            <numerusform>¡Solo queda %n!</numerusform>
            <numerusform>¡Solo quedan %n!</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <comment>stock badge and ticker</comment>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Comment %1 %2</source>
        <comment>buy line: the buy keyword, then the product code</comment>
        <translation>Comenta %1 %2</translation>
    </message>
    <message>
        <source>Pre-order · ships %1</source>
        <comment>card badge: a product sold ahead, then its ship date</comment>
        <translation>Preventa · envío %1</translation>
    </message>
    <message>
        <source>Code %1: %2 off</source>
        <comment>the show&apos;s discount code, then what it takes off (10% or R$ 5,00)</comment>
        <translation>Código %1: %2 de descuento</translation>
    </message>
    <message>
        <source>Free shipping over %1</source>
        <comment>ticker: carts from this amount ship free</comment>
        <translation>Envío gratis desde %1</translation>
    </message>
    <message>
        <source>Scan to buy</source>
        <comment>caption under the QR code</comment>
        <translation>Escanea para comprar</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Oferta terminada</translation>
    </message>
    <message>
        <source>Sold!</source>
        <comment>burst when an order arrives</comment>
        <translation>¡Vendido!</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <comment>title when the host names no prize</comment>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>Type %1 to enter</source>
        <comment>giveaway: the keyword to type in chat</comment>
        <translation>Escribe %1 para participar</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>giveaway entries so far</comment>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner</source>
        <comment>giveaway: caption over the winner&apos;s name</comment>
        <translation>Ganador</translation>
    </message>
</context>
<context>
    <name>StudioStatusBar</name>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Fuera del aire</translation>
    </message>
    <message>
        <source>Remote: off</source>
        <translation>Remoto: apagado</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Abriendo el show…</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · lagged {lagged} · skipped {skipped} · dropped {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</source>
        <translation>{fps:.0f} fps · retrasados {lagged} · omitidos {skipped} · descartados {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</translation>
    </message>
    <message>
        <source>lagged: frames the clock could not compose in time; skipped: frames the encoder could not take; dropped: packets a slow destination let go</source>
        <translation>retrasados: cuadros que el reloj no pudo componer a tiempo; omitidos: cuadros que el codificador no pudo tomar; descartados: paquetes que un destino lento dejó ir</translation>
    </message>
    <message numerus="yes">
        <source>Remote: %n clients</source>
        <translation>
            <numerusform>Remoto: %n cliente</numerusform>
            <numerusform>Remoto: %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote-control tools connect to {url}</source>
        <translation>Las herramientas de control remoto se conectan a {url}</translation>
    </message>
    <message>
        <source>Remote: failed: {reason}</source>
        <translation>Remoto: falló: {reason}</translation>
    </message>
    <message>
        <source>The show goes on; change the address or port in File ▸ Settings…</source>
        <translation>El show sigue; cambia la dirección o el puerto en Archivo ▸ Ajustes…</translation>
    </message>
    <message>
        <source>Turn remote control on in File ▸ Settings…</source>
        <translation>Activa el control remoto en Archivo ▸ Ajustes…</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>The next show opens with these; `vitrina run` too, unless its options say otherwise.</source>
        <translation>El próximo show se abre con esto; `vitrina run` también, salvo que sus opciones digan otra cosa.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
</TS>
