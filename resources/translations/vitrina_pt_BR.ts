<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop studio for live selling.</source>
        <translation>Um estúdio de desktop para vendas ao vivo.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>About Vitrina</source>
        <translation>Sobre o Vitrina</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
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
        <translation>Silenciar esta entrada: ela some da transmissão e da gravação</translation>
    </message>
    <message>
        <source>Gain, from %1 to +%2 dB</source>
        <translation>Ganho, de %1 a +%2 dB</translation>
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
        <translation>Horizontal ou vertical?</translation>
    </message>
    <message>
        <source>The shape of the picture your shows start with.</source>
        <translation>O formato da imagem com que suas lives começam.</translation>
    </message>
    <message>
        <source>Landscape, 16:9 (1280×720): YouTube, Facebook, Twitch, a shop&apos;s site</source>
        <translation>Horizontal, 16:9 (1280×720): YouTube, Facebook, Twitch, o site de uma loja</translation>
    </message>
    <message>
        <source>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, phones</source>
        <translation>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, celulares</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Carrinho</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>não pago</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pago</translation>
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
        <translation>só lista de espera</translation>
    </message>
    <message>
        <source>Copy Pix code</source>
        <translation>Copiar código Pix</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como pago</translation>
    </message>
    <message>
        <source>Cancel cart</source>
        <translation>Cancelar carrinho</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>Total dos itens</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>This order is in no cart.</source>
        <translation>Este pedido não está em nenhum carrinho.</translation>
    </message>
    <message>
        <source>Cancel everything in cart %1? Its stock returns and the waiting list moves.</source>
        <translation>Cancelar tudo no carrinho %1? O estoque volta e a lista de espera anda.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
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
        <translation>Isto falhou: %1</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>Não foi possível ler o catálogo: %1</translation>
    </message>
    <message>
        <source>The store refused it: %1</source>
        <translation>O banco de dados recusou: %1</translation>
    </message>
</context>
<context>
    <name>CatalogWrites</name>
    <message>
        <source>%1 is on stream</source>
        <translation>%1 está na tela</translation>
    </message>
    <message>
        <source>Nothing is pinned</source>
        <translation>Nada fixado</translation>
    </message>
    <message>
        <source>%1: the price is now %2</source>
        <translation>%1: agora custa %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left</source>
        <translation>
            <numerusform>%1: resta %n</numerusform>
            <numerusform>%1: restam %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on sale at %2 for %3 min</source>
        <translation>%1 em oferta por %2 durante %3 min</translation>
    </message>
    <message>
        <source>%1 %2 saved</source>
        <translation>%1 %2 salvo</translation>
    </message>
    <message>
        <source>%1 has orders, so it stays in the catalog</source>
        <translation>%1 tem pedidos, então continua no catálogo</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 excluído</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n demo products</source>
        <translation>
            <numerusform>%n produto de demonstração removido</numerusform>
            <numerusform>%n produtos de demonstração removidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %n that have orders</source>
        <translation>
            <numerusform>; %n com pedidos foi mantido</numerusform>
            <numerusform>; %n com pedidos foram mantidos</numerusform>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Lido como</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>sinalizado: %1</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizado</translation>
    </message>
    <message>
        <source>order reserved</source>
        <translation>pedido reservado</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>na lista de espera</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetida</translation>
    </message>
    <message>
        <source>buy: %1</source>
        <translation>compra: %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pergunta</translation>
    </message>
    <message>
        <source>poll vote</source>
        <translation>voto na enquete</translation>
    </message>
    <message>
        <source>giveaway entry</source>
        <translation>participação no sorteio</translation>
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
        <translation>Bloquear “%1”</translation>
    </message>
    <message>
        <source>Block word</source>
        <translation>Bloquear palavra</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Bloqueando %1</translation>
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
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <source>Import products</source>
        <translation>Importar produtos</translation>
    </message>
    <message>
        <source>Currency of the prices in this file (where a row names none):</source>
        <translation>Moeda dos preços deste arquivo (quando a linha não informa):</translation>
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
        <translation>Adicionar destino</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Chave de transmissão</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where will you go live?</source>
        <translation>Onde você vai fazer a live?</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing: a practice audience chats and buys on a copy of your shop. Add destinations whenever you are ready.</source>
        <translation>Um ensaio não transmite nada: uma plateia de treino conversa e compra numa cópia da sua loja. Adicione destinos quando quiser.</translation>
    </message>
    <message>
        <source>Rehearse first: no destination yet</source>
        <translation>Ensaiar primeiro: sem destino por enquanto</translation>
    </message>
    <message>
        <source>Save a destination:</source>
        <translation>Salvar um destino:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Chave de transmissão:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Token de acesso:</translation>
    </message>
    <message>
        <source>Stream key: empty; an RTMP destination needs its stream key</source>
        <translation>Chave de transmissão: vazia; um destino RTMP precisa da chave</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>YouTube Studio ▸ Go live ▸ Stream: copy the stream key.</source>
        <translation>YouTube Studio ▸ Transmitir ao vivo ▸ Stream: copie a chave de transmissão.</translation>
    </message>
    <message>
        <source>Facebook Live Producer ▸ Streaming software: copy the stream key.</source>
        <translation>Facebook Live Producer ▸ Software de transmissão: copie a chave de transmissão.</translation>
    </message>
    <message>
        <source>Instagram Live Producer: copy the stream key (and the server URL when it shows another).</source>
        <translation>Instagram Live Producer: copie a chave de transmissão (e a URL do servidor quando mostrar outra).</translation>
    </message>
    <message>
        <source>Twitch Creator Dashboard ▸ Settings ▸ Stream: copy the primary stream key.</source>
        <translation>Painel do criador da Twitch ▸ Configurações ▸ Transmissão: copie a chave principal.</translation>
    </message>
    <message>
        <source>TikTok LIVE Center ▸ Go LIVE: paste the server URL and the stream key it hands out (both change with each live).</source>
        <translation>TikTok LIVE Center ▸ Go LIVE: cole a URL do servidor e a chave que ele fornece (mudam a cada live).</translation>
    </message>
    <message>
        <source>Other RTMP(S) server</source>
        <translation>Outro servidor RTMP(S)</translation>
    </message>
    <message>
        <source>The server&apos;s address (rtmp:// or rtmps://) and the stream key apart.</source>
        <translation>O endereço do servidor (rtmp:// ou rtmps://) e, à parte, a chave de transmissão.</translation>
    </message>
    <message>
        <source>WHIP (WebRTC) endpoint</source>
        <translation>Endpoint WHIP (WebRTC)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s https:// address, and its bearer token if it asks for one.</source>
        <translation>O endereço https:// do endpoint e o token, se ele pedir.</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>Reading the destinations…</source>
        <translation>Lendo os destinos…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Added, edited and removed destinations are saved at once; the Enabled boxes, with OK.</source>
        <translation>Destinos adicionados, editados e removidos são salvos na hora; as caixas Ativado, com OK.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>There is no system keyring here: keys cannot be kept. A destination is saved without its key, which then comes from VITRINA_KEY_&lt;NAME&gt; in the environment of the session that goes live.</source>
        <translation>Não há chaveiro do sistema: as chaves não podem ser guardadas. O destino é salvo sem a chave, que então vem de VITRINA_KEY_&lt;NAME&gt; no ambiente da sessão que entra ao vivo.</translation>
    </message>
    <message>
        <source>No destination yet: Add… one to go live to.</source>
        <translation>Ainda não há destinos: use Adicionar… para ter onde entrar ao vivo.</translation>
    </message>
    <message>
        <source>The destinations could not be read: {reason}</source>
        <translation>Não foi possível ler os destinos: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Remover destino</translation>
    </message>
    <message>
        <source>Remove {name} and forget its key?</source>
        <translation>Remover {name} e esquecer a chave?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} removido.</translation>
    </message>
    <message>
        <source>Still reading the destinations: try OK again in a moment</source>
        <translation>Ainda lendo os destinos: tente OK de novo daqui a pouco</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Camera and microphone</source>
        <translation>Câmera e microfone</translation>
    </message>
    <message>
        <source>What the show picks up. Scenes and the audio mixer can change both during a show.</source>
        <translation>O que a live capta. As cenas e o mixer de áudio podem mudar os dois durante a live.</translation>
    </message>
    <message>
        <source>Looking for cameras and microphones…</source>
        <translation>Procurando câmeras e microfones…</translation>
    </message>
    <message>
        <source>Check them</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Câmera:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfone:</translation>
    </message>
    <message>
        <source>The moving test pattern</source>
        <translation>O padrão de teste em movimento</translation>
    </message>
    <message>
        <source>Default input</source>
        <translation>Entrada padrão</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Um tom de teste</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sem som</translation>
    </message>
    <message numerus="yes">
        <source>Found %n camera(s).</source>
        <translation>
            <numerusform>%n câmera encontrada.</numerusform>
            <numerusform>%n câmeras encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera found: shows use the moving test pattern until one is plugged in.</source>
        <translation>Nenhuma câmera encontrada: as lives usam o padrão de teste até você conectar uma.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Camera: {result}</source>
        <translation>Câmera: {result}</translation>
    </message>
    <message>
        <source>Microphone: {result}</source>
        <translation>Microfone: {result}</translation>
    </message>
    <message>
        <source>The devices could not be listed ({reason}); the test pattern stands in.</source>
        <translation>Não foi possível listar os dispositivos ({reason}); o padrão de teste entra no lugar.</translation>
    </message>
</context>
<context>
    <name>EngagementDock</name>
    <message>
        <source>Poll</source>
        <translation>Enquete</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Sorteio</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The show keeps running. What happened:
{what}</source>
        <translation>A live continua. O que aconteceu:
{what}</translation>
    </message>
    <message>
        <source>The details are saved in {file}, with everything a bug report needs.</source>
        <translation>Os detalhes estão salvos em {file}, com tudo o que um relatório de erro precisa.</translation>
    </message>
    <message>
        <source>The details are in the log, with everything a bug report needs.</source>
        <translation>Os detalhes estão no log, com tudo o que um relatório de erro precisa.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
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
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Finish opens a rehearsal: a product pinned on the picture and a practice audience asking and buying in chat. Nothing is published and your stock is untouched. End it with the Rehearsal button.</source>
        <translation>Concluir abre um ensaio: um produto fixado na imagem e uma plateia de treino perguntando e comprando no chat. Nada é transmitido e seu estoque não muda. Encerre com o botão Ensaio.</translation>
    </message>
    <message>
        <source>Finish saves your destination (its key in the system keyring, never in a file). Go Live on the toolbar publishes to it.</source>
        <translation>Concluir salva seu destino (a chave no chaveiro do sistema, nunca em arquivo). Entrar ao vivo, na barra de ferramentas, transmite para ele.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Vitrina — first run</source>
        <translation>Vitrina — primeira execução</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Nothing was kept: {reason}</source>
        <translation>Nada foi salvo: {reason}</translation>
    </message>
</context>
<context>
    <name>FlashSaleDialog</name>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relâmpago</translation>
    </message>
    <message>
        <source>%1 %2, now %3</source>
        <translation>%1 %2, agora %3</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.99</source>
        <translation>Preço da oferta, ex.: 19.99</translation>
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
        <translation>Preço</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Reading the settings…</source>
        <translation>Lendo as configurações…</translation>
    </message>
    <message>
        <source>Takes effect when the studio starts again.</source>
        <translation>Vale a partir da próxima abertura do estúdio.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Não foi possível ler as configurações: {reason}</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Ainda lendo as configurações: tente OK de novo daqui a pouco</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in.</source>
        <translation>Não há chaveiro do sistema para guardar isso.</translation>
    </message>
</context>
<context>
    <name>GiveawayPanel</name>
    <message>
        <source>A linen tote bag</source>
        <translation>Uma ecobag de linho</translation>
    </message>
    <message>
        <source>WIN</source>
        <translation>QUERO</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start giveaway</source>
        <translation>Iniciar sorteio</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prêmio</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palavra-chave</translation>
    </message>
    <message>
        <source>Takes entries for</source>
        <translation>Aceita participações por</translation>
    </message>
    <message>
        <source>Draw the winner</source>
        <translation>Sortear vencedor</translation>
    </message>
    <message>
        <source>Verify the draw</source>
        <translation>Verificar o sorteio</translation>
    </message>
    <message>
        <source>Replay the draw from its recorded seed: the same winner must come out</source>
        <translation>Refazer o sorteio com a semente gravada: o mesmo vencedor deve sair</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) wins among %n entries. Seed: %3</source>
        <translation>
            <numerusform>%1 (%2) venceu entre %n participação. Semente: %3</numerusform>
            <numerusform>%1 (%2) venceu entre %n participações. Semente: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: seed %1 draws %2 again among %n entries.</source>
        <translation>
            <numerusform>Verificado: a semente %1 sorteia %2 de novo entre %n participação.</numerusform>
            <numerusform>Verificado: a semente %1 sorteia %2 de novo entre %n participações.</numerusform>
        </translation>
    </message>
    <message>
        <source>No giveaway yet in this show.</source>
        <translation>Ainda não há sorteio nesta live.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n participação</numerusform>
            <numerusform>%n participações</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn: %1 won</source>
        <translation>sorteado: %1 venceu</translation>
    </message>
    <message>
        <source>taking entries</source>
        <translation>aceitando participações</translation>
    </message>
    <message>
        <source>closed: draw the winner</source>
        <translation>encerrado: sorteie o vencedor</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>digite %1</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Go live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>Publish this show to:</source>
        <translation>Transmitir esta live em:</translation>
    </message>
    <message>
        <source>No destination is saved yet. Add one in File ▸ Settings… ▸ Destinations, or in a terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown).</source>
        <translation>Ainda não há destinos salvos. Adicione um em Arquivo ▸ Configurações… ▸ Destinos, ou no terminal com `vitrina destinations add NAME URL` (a chave é pedida e nunca exibida).</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Product card</source>
        <translation>Card do produto</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Faixa de preços</translation>
    </message>
    <message>
        <source>Which graphics each scene shows</source>
        <translation>Quais gráficos cada cena mostra</translation>
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
        <translation>inativo</translation>
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
        <translation>no canal</translation>
    </message>
    <message>
        <source>running</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconectando em %1 s (tentativa %2)</translation>
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
        <translation>A importação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... e mais %n problema</numerusform>
            <numerusform>... e mais %n problemas</numerusform>
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
        <translation>Boas-vindas à Vitrina</translation>
    </message>
    <message>
        <source>A few questions get you to your first show. You can skip them, and ask for them again from Help ▸ First-run assistant.</source>
        <translation>Algumas perguntas levam você à sua primeira live. Dá para pular e voltar a elas em Ajuda ▸ Assistente de primeira execução.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Idioma da janela:</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sound on new orders</source>
        <translation>Som a cada novo pedido</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Perguntas (%n)</numerusform>
            <numerusform>Perguntas (%n)</numerusform>
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
            <numerusform>Espera (%n)</numerusform>
            <numerusform>Espera (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Polls and giveaways</source>
        <translation>Enquetes e sorteios</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <source>Audio mixer</source>
        <translation>Mixer de áudio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importar produtos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Relatório da live…</translation>
    </message>
    <message>
        <source>What each show sold, when, and while which product was pinned</source>
        <translation>O que cada live vendeu, quando e com qual produto fixado</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>Assistente de &amp;primeira execução…</translation>
    </message>
    <message>
        <source>&amp;About Vitrina</source>
        <translation>&amp;Sobre a Vitrina</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source> — REHEARSAL</source>
        <translation> — ENSAIO</translation>
    </message>
    <message>
        <source>Vitrina Studio</source>
        <translation>Vitrina Studio</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>A live terminou</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in this show. See what sold, when, and while which product was pinned?</source>
        <translation>
            <numerusform>%n pedido nesta live. Ver o que vendeu, quando e com qual produto fixado?</numerusform>
            <numerusform>%n pedidos nesta live. Ver o que vendeu, quando e com qual produto fixado?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir o relatório</translation>
    </message>
    <message>
        <source>The show could not open</source>
        <translation>Não foi possível abrir a live</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar produtos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n products: %1 new, %2 updated</source>
        <translation>
            <numerusform>%n produto importado: %1 novos, %2 atualizados</numerusform>
            <numerusform>%n produtos importados: %1 novos, %2 atualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed</source>
        <translation>A importação falhou; nada foi alterado</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines and try again:</source>
        <translation>Nada foi importado. Corrija estas linhas e tente de novo:</translation>
    </message>
    <message>
        <source>Quit while live?</source>
        <translation>Sair durante a live?</translation>
    </message>
    <message>
        <source>The show is live. Quitting ends it on every destination.</source>
        <translation>A live está no ar. Sair encerra a transmissão em todos os destinos.</translation>
    </message>
    <message>
        <source>End the show and quit</source>
        <translation>Encerrar a live e sair</translation>
    </message>
</context>
<context>
    <name>MixerDock</name>
    <message>
        <source>No show is open.</source>
        <translation>Nenhuma live aberta.</translation>
    </message>
    <message>
        <source>This show has no audio inputs.</source>
        <translation>Esta live não tem entradas de áudio.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>Starting the program…</source>
        <translation>Iniciando o programa…</translation>
    </message>
    <message>
        <source>The monitor is off to save CPU; the show goes on. Right-click to turn it on.</source>
        <translation>O monitor está desligado para poupar CPU; o programa continua. Clique com o botão direito para ligá-lo.</translation>
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
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Esmaecer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a fade takes</source>
        <translation>Duração do esmaecimento</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transição</translation>
    </message>
    <message>
        <source>Take the preview to program</source>
        <translation>Levar a prévia para o programa</translation>
    </message>
    <message>
        <source>Program &amp;monitor</source>
        <translation>&amp;Monitor do programa</translation>
    </message>
    <message>
        <source>&amp;Smooth: every frame</source>
        <translation>&amp;Suave: todos os quadros</translation>
    </message>
    <message>
        <source>The program as viewers see it, frame for frame</source>
        <translation>O programa como os espectadores o veem, quadro a quadro</translation>
    </message>
    <message>
        <source>&amp;Light: every other frame</source>
        <translation>&amp;Leve: um quadro sim, outro não</translation>
    </message>
    <message>
        <source>Half the frames, for about half of the CPU the monitor costs the window</source>
        <translation>Metade dos quadros, por cerca de metade da CPU que o monitor custa à janela</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desligado</translation>
    </message>
    <message>
        <source>No picture of the program, and the least CPU</source>
        <translation>Sem imagem do programa, e o menor uso de CPU</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Abrindo a live…</translation>
    </message>
    <message>
        <source>Turn studio mode on to prepare a scene</source>
        <translation>Ative o modo estúdio para preparar uma cena</translation>
    </message>
</context>
<context>
    <name>OrderToast</name>
    <message numerus="yes">
        <source>%n new orders</source>
        <translation>
            <numerusform>%n novo pedido</numerusform>
            <numerusform>%n novos pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from %1: %2, %3</source>
        <translation>Novo pedido de %1: %2, %3</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <translation>pago</translation>
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
        <translation>Marcar como pago</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Cart…</source>
        <translation>Carrinho…</translation>
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
        <translation>Gerar outra</translation>
    </message>
    <message>
        <source>The password comes from {variable}: change it there.</source>
        <translation>A senha vem de {variable}: altere-a lá.</translation>
    </message>
    <message>
        <source>There is no system keyring to keep a password in: set {variable}.</source>
        <translation>Não há chaveiro do sistema para guardar a senha: defina {variable}.</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Give it to each tool that connects.</source>
        <translation>Guardada no chaveiro do sistema. Informe-a a cada ferramenta que se conectar.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>A new password: it replaces the old one when you press OK, and every tool must then be given it.</source>
        <translation>Uma nova senha: ela substitui a antiga ao clicar em OK, e cada ferramenta precisa recebê-la.</translation>
    </message>
</context>
<context>
    <name>PictureProgressBar</name>
    <message>
        <source>Pictures: %v of %m</source>
        <translation>Imagens: %v de %m</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be fetched yet: trying again later</source>
        <translation>
            <numerusform>%n imagem ainda não foi baixada: nova tentativa depois</numerusform>
            <numerusform>%n imagens ainda não foram baixadas: nova tentativa depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures cannot be used (see the log)</source>
        <translation>
            <numerusform>%n imagem não pode ser usada (veja o log)</numerusform>
            <numerusform>%n imagens não podem ser usadas (veja o log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Which colour should we show next?</source>
        <translation>Qual cor mostramos agora?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Iniciar enquete</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opção %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Aberta por</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Encerrar enquete</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Ainda não há enquete nesta live.</translation>
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
        <translation>Recebendo votos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>%n voto no total</numerusform>
            <numerusform>%n votos no total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Editar produto</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <source>chosen for you when left blank</source>
        <translation>escolhido para você se ficar em branco</translation>
    </message>
    <message>
        <source>e.g. 24.50</source>
        <translation>ex.: 24.50</translation>
    </message>
    <message>
        <source>optional: the price before a discount</source>
        <translation>opcional: o preço antes do desconto</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>sem controle</translation>
    </message>
    <message>
        <source>e.g. Size / Colour</source>
        <translation>ex.: Tamanho / Cor</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
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
        <translation>Preço anterior</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Option names</source>
        <translation>Nomes das opções</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Adicionar variante</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remover variante</translation>
    </message>
    <message>
        <source>Variants (each with its own price and stock)</source>
        <translation>Variantes (cada uma com preço e estoque próprios)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <source>compare at</source>
        <translation>preço anterior</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>variante %1</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>estoque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 up</source>
        <translation>&apos;%1&apos; não é um número inteiro a partir de 0</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Search products, codes, SKUs…</source>
        <translation>Buscar produtos, códigos, SKUs…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Próximo produto</translation>
    </message>
    <message>
        <source>Flash sale…</source>
        <translation>Oferta relâmpago…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Remove the demo catalog…</source>
        <translation>Remover o catálogo de demonstração…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message numerus="yes">
        <source>%n products matching “%1”</source>
        <translation>
            <numerusform>%n produto com “%1”</numerusform>
            <numerusform>%n produtos com “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Open a show to put products on stream</source>
        <translation>Abra uma live para mostrar produtos na tela</translation>
    </message>
    <message>
        <source>%1, price: %2. The price stays %3.</source>
        <translation>%1, preço: %2. O preço continua %3.</translation>
    </message>
    <message>
        <source>The shop has no currency yet: import products, or set it with `vitrina settings`</source>
        <translation>A loja ainda não tem moeda: importe produtos ou defina com `vitrina settings`</translation>
    </message>
    <message>
        <source>Delete %1 %2 and its variants? This cannot be undone.</source>
        <translation>Excluir %1 %2 e suas variantes? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Excluir produto</translation>
    </message>
    <message>
        <source>Remove the demo catalog</source>
        <translation>Remover o catálogo de demonstração</translation>
    </message>
    <message>
        <source>Delete the demo&apos;s products? Your own products stay.</source>
        <translation>Excluir os produtos de demonstração? Os seus continuam.</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>On stream now</source>
        <translation>Na tela agora</translation>
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
        <translation>sem controle</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Esgotado</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Asked by</source>
        <translation>Perguntado por</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixada</translation>
    </message>
    <message>
        <source>on stream</source>
        <translation>na tela</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Feature on stream</source>
        <translation>Destacar na tela</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Changing question %1</source>
        <translation>Alterando a pergunta %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>price: a price cannot be negative</source>
        <translation>preço: um preço não pode ser negativo</translation>
    </message>
    <message>
        <source>stock: the stock cannot go below zero</source>
        <translation>estoque: o estoque não pode ficar abaixo de zero</translation>
    </message>
    <message>
        <source>stock: a product with variants has the stock of its variants: edit a variant</source>
        <translation>estoque: um produto com variantes tem o estoque das suas variantes: edite uma variante</translation>
    </message>
    <message>
        <source>the product is gone: someone deleted it</source>
        <translation>o produto não existe mais: alguém o excluiu</translation>
    </message>
    <message>
        <source>the variant %1 is gone</source>
        <translation>a variante %1 não existe mais</translation>
    </message>
    <message>
        <source>title: a product needs a title</source>
        <translation>título: um produto precisa de um título</translation>
    </message>
    <message>
        <source>SKU: a product needs a SKU</source>
        <translation>SKU: um produto precisa de um SKU</translation>
    </message>
    <message>
        <source>SKU: a product&apos;s SKU stays %1</source>
        <translation>SKU: o SKU de um produto continua %1</translation>
    </message>
    <message>
        <source>SKU: another product has the SKU %1 already</source>
        <translation>SKU: outro produto já tem o SKU %1</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; is not a code: letters and digits, at most 12</source>
        <translation>código: &apos;%1&apos; não é um código: letras e dígitos, no máximo 12</translation>
    </message>
    <message>
        <source>code: another product has the code %1 already</source>
        <translation>código: outro produto já tem o código %1</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is on another variant too</source>
        <translation>variante %1, SKU: %2 também está em outra variante</translation>
    </message>
    <message>
        <source>variant %1: give its option, e.g. M / Blue</source>
        <translation>variante %1: informe a opção, por exemplo M / Azul</translation>
    </message>
    <message>
        <source>variant %1, stock: the stock cannot go below zero</source>
        <translation>variante %1, estoque: o estoque não pode ficar abaixo de zero</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is a variant of %3 already</source>
        <translation>variante %1, SKU: %2 já é uma variante de %3</translation>
    </message>
    <message>
        <source>variants: %1 has orders, so it cannot be removed</source>
        <translation>variantes: %1 tem pedidos, então não pode ser removida</translation>
    </message>
    <message>
        <source>a Pix key is 1 to 77 characters without spaces (CPF, CNPJ, e-mail, +55 phone or random key)</source>
        <translation>uma chave Pix tem de 1 a 77 caracteres, sem espaços (CPF, CNPJ, e-mail, telefone +55 ou chave aleatória)</translation>
    </message>
    <message>
        <source>the receiver&apos;s name, up to %1 letters (accents are dropped)</source>
        <translation>o nome do recebedor, até %1 letras (os acentos são removidos)</translation>
    </message>
    <message>
        <source>the receiver&apos;s city, up to %1 letters (accents are dropped)</source>
        <translation>a cidade do recebedor, até %1 letras (os acentos são removidos)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: whole minutes from 0 (no hold) to %2</source>
        <translation>&apos;%1&apos;: minutos inteiros de 0 (sem reserva) a %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write a code and an amount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;</source>
        <translation>&apos;%1&apos;: escreva um código e um valor, por exemplo &apos;LIVE10 10%&apos; ou &apos;LIVE5 5.00&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percent is more than 0 and at most 100</source>
        <translation>&apos;%1&apos;: uma porcentagem é maior que 0 e no máximo 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the amount off must be more than 0</source>
        <translation>&apos;%1&apos;: o desconto precisa ser maior que 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write an amount such as 15 or 15.90</source>
        <translation>&apos;%1&apos;: escreva um valor como 15 ou 15.90</translation>
    </message>
    <message>
        <source>no cart %1</source>
        <translation>não há carrinho %1</translation>
    </message>
    <message>
        <source>no cart %1 (see `vitrina carts`)</source>
        <translation>não há carrinho %1 (veja `vitrina carts`)</translation>
    </message>
    <message>
        <source>cart %1 is %2: nothing in it can become %3</source>
        <translation>o carrinho %1 está %2: nada nele pode passar a %3</translation>
    </message>
    <message>
        <source>cart %1: %2</source>
        <translation>carrinho %1: %2</translation>
    </message>
    <message>
        <source>%1 is not below the price, %2</source>
        <translation>%1 não é menor que o preço, %2</translation>
    </message>
    <message>
        <source>a flash sale lasts from a few seconds to a day, not %1 minutes</source>
        <translation>uma oferta relâmpago dura de alguns segundos a um dia, não %1 minutos</translation>
    </message>
    <message>
        <source>a flash-sale price cannot be negative</source>
        <translation>o preço de uma oferta relâmpago não pode ser negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a keyword: use one word of 2 to 30 letters or digits</source>
        <translation>&apos;%1&apos; não pode ser uma palavra-chave: use uma palavra de 2 a 30 letras ou dígitos</translation>
    </message>
    <message>
        <source>a giveaway takes entries from a few seconds to a day, not %1 minutes</source>
        <translation>um sorteio recebe inscrições de alguns segundos a um dia, não %1 minutos</translation>
    </message>
    <message>
        <source>nobody has entered yet</source>
        <translation>ninguém participou ainda</translation>
    </message>
    <message>
        <source>giveaway %1 has not been drawn</source>
        <translation>o sorteio %1 ainda não foi realizado</translation>
    </message>
    <message>
        <source>giveaway %1: the seed draws %2, but %3 was recorded: the entries changed after the draw</source>
        <translation>sorteio %1: a semente sorteia %2, mas %3 foi registrado: as inscrições mudaram depois do sorteio</translation>
    </message>
    <message>
        <source>show %1 has had no giveaway</source>
        <translation>a live %1 não teve sorteio</translation>
    </message>
    <message>
        <source>giveaway %1 was drawn already; `vitrina giveaway verify %1` replays it</source>
        <translation>o sorteio %1 já foi realizado; `vitrina giveaway verify %1` o reproduz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should read like &apos;en: sold, mine&apos;</source>
        <translation>&apos;%1&apos; deveria ser como &apos;pt: quero, eu quero&apos;</translation>
    </message>
    <message>
        <source>give one word, phrase or user, not an empty or multi-line text</source>
        <translation>informe uma palavra, frase ou usuário, não um texto vazio ou com várias linhas</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a PayPal.Me name is 1 to 20 letters and digits</source>
        <translation>&apos;%1&apos;: um nome do PayPal.Me tem de 1 a 20 letras e dígitos</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: it must start with https:// or http://</source>
        <translation>&apos;%1&apos;: precisa começar com https:// ou http://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a { or } without its pair (%2)</source>
        <translation>&apos;%1&apos;: um { ou } sem o seu par (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of %3</source>
        <translation>&apos;%1&apos;: %2 não é um de %3</translation>
    </message>
    <message>
        <source>Pix field %1 is %2 characters; at most 99 fit</source>
        <translation>o campo Pix %1 tem %2 caracteres; cabem no máximo 99</translation>
    </message>
    <message>
        <source>pix_key is not set</source>
        <translation>pix_key não está definida</translation>
    </message>
    <message>
        <source>pix_name and pix_city must both be set (plain letters)</source>
        <translation>pix_name e pix_city precisam estar ambos definidos (letras sem acento)</translation>
    </message>
    <message>
        <source>a Pix txid is up to %1 letters and digits, not &apos;%2&apos;</source>
        <translation>um txid do Pix tem até %1 letras e dígitos, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a Pix amount must be more than 0</source>
        <translation>um valor de Pix precisa ser maior que 0</translation>
    </message>
    <message>
        <source>a poll needs a question and options that are not empty</source>
        <translation>uma enquete precisa de uma pergunta e de opções que não estejam vazias</translation>
    </message>
    <message>
        <source>a poll has 2 to %1 options, not %2</source>
        <translation>uma enquete tem de 2 a %1 opções, não %2</translation>
    </message>
    <message>
        <source>a poll is open from a few seconds to a day, not %1 minutes</source>
        <translation>uma enquete fica aberta de alguns segundos a um dia, não %1 minutos</translation>
    </message>
    <message>
        <source>there is no poll %1</source>
        <translation>não há enquete %1</translation>
    </message>
    <message>
        <source>show %1 has had no poll</source>
        <translation>a live %1 não teve enquete</translation>
    </message>
    <message>
        <source>a pre-order cap is 1 to %1 units, not %2</source>
        <translation>um limite de pré-venda é de 1 a %1 unidades, não %2</translation>
    </message>
    <message>
        <source>--ships &apos;%1&apos;: write the date as YYYY-MM-DD, e.g. 2026-12-12</source>
        <translation>--ships &apos;%1&apos;: escreva a data como AAAA-MM-DD, por exemplo 2026-12-12</translation>
    </message>
    <message>
        <source>destination %1 has no stream key: set %2, or remove it and add it again with its key</source>
        <translation>o destino %1 não tem chave de transmissão: defina %2, ou remova-o e adicione-o de novo com a chave</translation>
    </message>
    <message>
        <source>destination %1 is named twice</source>
        <translation>o destino %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>destination %1 is disabled (`vitrina destinations enable %2` turns it on)</source>
        <translation>o destino %1 está desativado (`vitrina destinations enable %2` o ativa)</translation>
    </message>
    <message>
        <source>name %1: no destination by that name (see `vitrina destinations list`)</source>
        <translation>nome %1: não há destino com esse nome (veja `vitrina destinations list`)</translation>
    </message>
    <message>
        <source>name %1: a destination by that name exists; remove it first</source>
        <translation>nome %1: já existe um destino com esse nome; remova-o primeiro</translation>
    </message>
    <message>
        <source>name %1: its key would come from %2, as %3&apos;s does; choose another name</source>
        <translation>nome %1: a chave viria de %2, como a de %3; escolha outro nome</translation>
    </message>
    <message>
        <source>name: empty; give the destination a name, e.g. youtube</source>
        <translation>nome: vazio; dê um nome ao destino, por exemplo youtube</translation>
    </message>
    <message>
        <source>name %1: has a control character; use letters, digits, spaces and punctuation</source>
        <translation>nome %1: tem um caractere de controle; use letras, dígitos, espaços e pontuação</translation>
    </message>
    <message>
        <source>name: %1 characters long; at most %2</source>
        <translation>nome: %1 caracteres; no máximo %2</translation>
    </message>
    <message>
        <source>url: empty; give the server&apos;s address, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: vazia; informe o endereço do servidor, por exemplo rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: %1 characters long; at most %2</source>
        <translation>URL: %1 caracteres; no máximo %2</translation>
    </message>
    <message>
        <source>url: has a space or a control character</source>
        <translation>URL: tem um espaço ou um caractere de controle</translation>
    </message>
    <message>
        <source>url: not an address (check the brackets around an IPv6 address)</source>
        <translation>URL: não é um endereço (confira os colchetes de um endereço IPv6)</translation>
    </message>
    <message>
        <source>url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: não começa com um esquema; use rtmp:// ou rtmps:// para RTMP, http:// ou https:// para um endpoint WHIP</translation>
    </message>
    <message>
        <source>url: starts with %1; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: começa com %1; use rtmp:// ou rtmps:// para RTMP, http:// ou https:// para um endpoint WHIP</translation>
    </message>
    <message>
        <source>url: has a #fragment; a server&apos;s address has none</source>
        <translation>URL: tem um #fragmento; o endereço de um servidor não tem</translation>
    </message>
    <message>
        <source>url: an RTMP server&apos;s address has no ?query; the key is read apart from it</source>
        <translation>URL: o endereço de um servidor RTMP não tem ?consulta; a chave é lida à parte</translation>
    </message>
    <message>
        <source>url: name the server&apos;s application too, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: informe também a aplicação do servidor, por exemplo rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: has a user name or password in it; the key is read apart from the address</source>
        <translation>URL: contém um usuário ou uma senha; a chave é lida à parte do endereço</translation>
    </message>
    <message>
        <source>url: has no server name, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: não tem nome de servidor, por exemplo rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: the port must be a number from 1 to 65535</source>
        <translation>URL: a porta precisa ser um número de 1 a 65535</translation>
    </message>
    <message>
        <source>key: empty; an RTMP destination needs its stream key</source>
        <translation>chave: vazia; um destino RTMP precisa da sua chave de transmissão</translation>
    </message>
    <message>
        <source>key: %1 characters long; at most %2</source>
        <translation>chave: %1 caracteres; no máximo %2</translation>
    </message>
    <message>
        <source>token: %1 characters long; at most %2</source>
        <translation>token: %1 caracteres; no máximo %2</translation>
    </message>
    <message>
        <source>key: has a space or a control character</source>
        <translation>chave: tem um espaço ou um caractere de controle</translation>
    </message>
    <message>
        <source>token: has a space or a control character</source>
        <translation>token: tem um espaço ou um caractere de controle</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>moeda: %1</translation>
    </message>
    <message>
        <source>money format: %1</source>
        <translation>formato de valores: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known locale</source>
        <translation>&apos;%1&apos; não é uma localidade conhecida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; é negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price</source>
        <translation>&apos;%1&apos; não é um preço</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 has no minor unit</source>
        <translation>&apos;%1&apos; tem casas decimais, mas %2 não tem centavos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals</source>
        <translation>&apos;%1&apos; tem mais de %2 casas decimais</translation>
    </message>
    <message>
        <source>give the address to listen on, e.g. %1 (this machine only)</source>
        <translation>informe o endereço em que escutar, por exemplo %1 (só este computador)</translation>
    </message>
    <message>
        <source>%1 is not an address: write an IP address or a host name</source>
        <translation>%1 não é um endereço: escreva um endereço IP ou um nome de host</translation>
    </message>
    <message>
        <source>%1 is not a port: choose a number from 1 to 65535 (%2 is the one tools try first)</source>
        <translation>%1 não é uma porta: escolha um número de 1 a 65535 (%2 é a que as ferramentas tentam primeiro)</translation>
    </message>
    <message>
        <source>%1 is neither %2 (on) nor %3 (off)</source>
        <translation>%1 não é %2 (ligado) nem %3 (desligado)</translation>
    </message>
    <message>
        <source>line %1, %2: write a page&apos;s origin as scheme://host[:port], e.g. https://deck.example</source>
        <translation>linha %1, %2: escreva a origem de uma página como esquema://host[:porta], por exemplo https://deck.example</translation>
    </message>
    <message>
        <source>a password is required when listening beyond this machine (%1): anyone on the network could take over the show</source>
        <translation>é preciso uma senha ao escutar além deste computador (%1): qualquer pessoa na rede poderia assumir a live</translation>
    </message>
    <message>
        <source>remote port %1: choose a port from 1 to 65535</source>
        <translation>porta remota %1: escolha uma porta de 1 a 65535</translation>
    </message>
    <message>
        <source>remote host %1: without a password, remote control listens only on this machine (127.0.0.1); anyone on the network could take over the show</source>
        <translation>host remoto %1: sem senha, o controle remoto só escuta neste computador (127.0.0.1); qualquer pessoa na rede poderia assumir a live</translation>
    </message>
    <message>
        <source>remote allowed origin %1: write it as scheme://host[:port], e.g. https://deck.example</source>
        <translation>origem remota permitida %1: escreva como esquema://host[:porta], por exemplo https://deck.example</translation>
    </message>
    <message>
        <source>--remote %1: give [HOST:]PORT with a port from 1 to 65535, e.g. 4455</source>
        <translation>--remote %1: informe [HOST:]PORTA com uma porta de 1 a 65535, por exemplo 4455</translation>
    </message>
    <message>
        <source>--remote %1: the host before the port is empty</source>
        <translation>--remote %1: o host antes da porta está vazio</translation>
    </message>
    <message>
        <source>--size %1</source>
        <translation>--size %1</translation>
    </message>
    <message>
        <source>%1: write it as WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>%1: escreva como LARGURAxALTURA, por exemplo 1280x720</translation>
    </message>
    <message>
        <source>%1: width and height must be even, from 64x64 to 7680x4320</source>
        <translation>%1: a largura e a altura precisam ser pares, de 64x64 a 7680x4320</translation>
    </message>
    <message>
        <source>--fps %1</source>
        <translation>--fps %1</translation>
    </message>
    <message>
        <source>%1: choose %2 or %3</source>
        <translation>%1: escolha %2 ou %3</translation>
    </message>
    <message>
        <source>--rtmp %1: the address must start with rtmp:// or rtmps://</source>
        <translation>--rtmp %1: o endereço precisa começar com rtmp:// ou rtmps://</translation>
    </message>
    <message>
        <source>--rtmp %1: the address has no server name</source>
        <translation>--rtmp %1: o endereço não tem nome de servidor</translation>
    </message>
    <message>
        <source>--rtmp %1: the address needs an application and a stream key, e.g. rtmp://host/live/KEY</source>
        <translation>--rtmp %1: o endereço precisa de uma aplicação e de uma chave de transmissão, por exemplo rtmp://host/live/CHAVE</translation>
    </message>
    <message>
        <source>--record %1: record to a .mkv or .mp4 file</source>
        <translation>--record %1: grave em um arquivo .mkv ou .mp4</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 does not exist</source>
        <translation>--record %1: a pasta %2 não existe</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 cannot be written to</source>
        <translation>--record %1: não é possível gravar na pasta %2</translation>
    </message>
    <message>
        <source>--record %1: that is a folder</source>
        <translation>--record %1: isso é uma pasta</translation>
    </message>
    <message>
        <source>--whip %1: a WHIP endpoint is an http:// or https:// address</source>
        <translation>--whip %1: um endpoint WHIP é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>%1 %2: the address must not contain spaces or control characters</source>
        <translation>%1 %2: o endereço não pode conter espaços nem caracteres de controle</translation>
    </message>
    <message>
        <source>%1 %2: the server name is not valid</source>
        <translation>%1 %2: o nome do servidor não é válido</translation>
    </message>
    <message>
        <source>%1 %2: the port must be a number from 1 to 65535</source>
        <translation>%1 %2: a porta precisa ser um número de 1 a 65535</translation>
    </message>
    <message>
        <source>a scene needs a name</source>
        <translation>uma cena precisa de um nome</translation>
    </message>
    <message>
        <source>a scene name has at most %1 characters, not %2</source>
        <translation>o nome de uma cena tem no máximo %1 caracteres, não %2</translation>
    </message>
    <message>
        <source>%1 is the only scene: a show needs one, so add another first</source>
        <translation>%1 é a única cena: uma live precisa de uma, então adicione outra primeiro</translation>
    </message>
    <message>
        <source>%1 has %2 layers: there is no layer %3</source>
        <translation>%1 tem %2 camadas: não há camada %3</translation>
    </message>
    <message>
        <source>there is a scene called %1 already: choose another name</source>
        <translation>já existe uma cena chamada %1: escolha outro nome</translation>
    </message>
    <message>
        <source>there is no scene called %1</source>
        <translation>não há cena chamada %1</translation>
    </message>
    <message>
        <source>%1: no such setting; there are %2</source>
        <translation>%1: essa configuração não existe; existem %2</translation>
    </message>
    <message>
        <source>%1 (H.264 halves the colour both ways, so odd sizes cannot be encoded)</source>
        <translation>%1 (o H.264 reduz a cor pela metade nos dois sentidos, então tamanhos ímpares não podem ser codificados)</translation>
    </message>
    <message>
        <source>%1 is not a bitrate: give kbit/s from %2 to %3, e.g. 3000</source>
        <translation>%1 não é uma taxa de bits: informe kbit/s de %2 a %3, por exemplo 3000</translation>
    </message>
    <message>
        <source>%1: give the gain in dB from %2 to +%3, e.g. 0</source>
        <translation>%1: informe o ganho em dB de %2 a +%3, por exemplo 0</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>não há arquivo %1</translation>
    </message>
    <message>
        <source>%1: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH</source>
        <translation>%1: escolha tone, none, um microfone (mic ou mic:DISPOSITIVO) ou file:CAMINHO</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>linha %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: the rehearsal audience comes with a rehearsal only, never to a show</source>
        <translation>linha %1: o público de ensaio só vem com um ensaio, nunca para uma live</translation>
    </message>
    <message>
        <source>%1 is not an address: no spaces or control characters, at most %2</source>
        <translation>%1 não é um endereço: sem espaços nem caracteres de controle, no máximo %2</translation>
    </message>
    <message>
        <source>%1 is not an address: check the server name and port</source>
        <translation>%1 não é um endereço: confira o nome do servidor e a porta</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://shop.example/checkout</source>
        <translation>%1 não é um endereço web: escreva como https://loja.example/checkout</translation>
    </message>
    <message>
        <source>%1 is not a colour: write it as #rrggbb, e.g. #6c2bd9</source>
        <translation>%1 não é uma cor: escreva como #rrggbb, por exemplo #6c2bd9</translation>
    </message>
    <message>
        <source>%1: choose a PNG, JPEG or WebP picture</source>
        <translation>%1: escolha uma imagem PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>%1 characters long; at most %2</source>
        <translation>%1 caracteres; no máximo %2</translation>
    </message>
    <message>
        <source>has a space or a control character; paste the key alone</source>
        <translation>tem um espaço ou um caractere de controle; cole só a chave</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 não é um de %3</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code, e.g. EUR</source>
        <translation>%1 não é um código de moeda ISO 4217, por exemplo BRL</translation>
    </message>
    <message>
        <source>%1 is not a known locale, e.g. pt_BR or en_US</source>
        <translation>%1 não é uma localidade conhecida, por exemplo pt_BR ou en_US</translation>
    </message>
    <message>
        <source>%1: a secret is read from the keyring, never the store</source>
        <translation>%1: um segredo é lido do chaveiro, nunca do armazenamento</translation>
    </message>
    <message>
        <source>%1: there is no system keyring here to keep it in; set %2 in the environment of the session instead</source>
        <translation>%1: não há chaveiro do sistema aqui para guardá-lo; defina %2 no ambiente da sessão</translation>
    </message>
    <message>
        <source>%1: the system keyring refused it (see the log)</source>
        <translation>%1: o chaveiro do sistema o recusou (veja o registro)</translation>
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
        <translation>o carrinho %1 está em %2; o Pix só aceita BRL</translation>
    </message>
    <message>
        <source>cart %1 has nothing to pay</source>
        <translation>o carrinho %1 não tem nada a pagar</translation>
    </message>
    <message>
        <source>remote password: there is no system keyring to keep one in; set %1</source>
        <translation>senha remota: não há chaveiro do sistema para guardá-la; defina %1</translation>
    </message>
    <message>
        <source>remote password: a password is required (or turn it off, on this machine only)</source>
        <translation>senha remota: é preciso uma senha (ou desative-a, só neste computador)</translation>
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
        <translation>pago</translation>
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
        <translation>não pago</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>não há pedido %1</translation>
    </message>
    <message>
        <source>order %1 is %2; it cannot become %3</source>
        <translation>o pedido %1 está %2; não pode passar a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; não é um de %2</translation>
    </message>
    <message>
        <source>message %1 is not a question</source>
        <translation>a mensagem %1 não é uma pergunta</translation>
    </message>
    <message>
        <source>no show %1</source>
        <translation>não há live %1</translation>
    </message>
    <message>
        <source>gain %1 dB: choose from %2 to +%3 dB</source>
        <translation>ganho %1 dB: escolha de %2 a +%3 dB</translation>
    </message>
    <message>
        <source>audio input %1: no such input (there are: %2)</source>
        <translation>entrada de áudio %1: não existe (há: %2)</translation>
    </message>
    <message>
        <source>--pin %1: no product has that code (see `vitrina products`)</source>
        <translation>--pin %1: nenhum produto tem esse código (veja `vitrina products`)</translation>
    </message>
    <message>
        <source>%1 %2: no such scene; there are %3</source>
        <translation>%1 %2: essa cena não existe; existem %3</translation>
    </message>
    <message>
        <source>--chat %1: the rehearsal audience only comes to a rehearsal (--rehearsal): its orders would mix with real ones</source>
        <translation>--chat %1: o público de ensaio só vem a um ensaio (--rehearsal): os pedidos dele se misturariam aos reais</translation>
    </message>
    <message>
        <source>--source %1</source>
        <translation>--source %1</translation>
    </message>
    <message>
        <source>--audio %1: there is no file %2</source>
        <translation>--audio %1: não há arquivo %2</translation>
    </message>
    <message>
        <source>--audio %1</source>
        <translation>--audio %1</translation>
    </message>
    <message>
        <source>--audio %1: use tone, none, mic[:DEVICE] or file:PATH</source>
        <translation>--audio %1: use tone, none, mic[:DISPOSITIVO] ou file:CAMINHO</translation>
    </message>
    <message>
        <source>a rehearsal publishes nothing: end it and open the show to go live</source>
        <translation>um ensaio não publica nada: encerre-o e abra a live para entrar ao vivo</translation>
    </message>
    <message>
        <source>already recording to %1</source>
        <translation>já está gravando em %1</translation>
    </message>
    <message>
        <source>the scene %1 has no layer %2 (it has %3)</source>
        <translation>a cena %1 não tem camada %2 (tem %3)</translation>
    </message>
    <message>
        <source>turn studio mode on to prepare a scene in preview</source>
        <translation>ative o modo estúdio para preparar uma cena na prévia</translation>
    </message>
    <message>
        <source>a transition takes the preview to program: turn studio mode on first</source>
        <translation>uma transição leva a prévia ao programa: ative o modo estúdio primeiro</translation>
    </message>
    <message>
        <source>the show is not open</source>
        <translation>a live não está aberta</translation>
    </message>
    <message>
        <source>--show last: there has been no show yet (start one with `vitrina run`)</source>
        <translation>--show last: ainda não houve nenhuma live (comece uma com `vitrina run`)</translation>
    </message>
    <message>
        <source>--show %1: no such show</source>
        <translation>--show %1: essa live não existe</translation>
    </message>
    <message>
        <source>--viewers %1</source>
        <translation>--viewers %1</translation>
    </message>
    <message>
        <source>%1: use youtube:VIDEO_ID or twitch:LOGIN</source>
        <translation>%1: use youtube:VIDEO_ID ou twitch:LOGIN</translation>
    </message>
    <message>
        <source>%1: give the live video&apos;s id, e.g. youtube:dQw4w9WgXcQ</source>
        <translation>%1: informe o id do vídeo ao vivo, por exemplo youtube:dQw4w9WgXcQ</translation>
    </message>
    <message>
        <source>%1: give the channel&apos;s login, e.g. twitch:myshop</source>
        <translation>%1: informe o login do canal, por exemplo twitch:myshop</translation>
    </message>
    <message>
        <source>%1: the rehearsal rate is messages per second, from %2 to %3</source>
        <translation>%1: o ritmo do ensaio é em mensagens por segundo, de %2 a %3</translation>
    </message>
    <message>
        <source>%1: the ingest port is a number from %2 to %3</source>
        <translation>%1: a porta de entrada é um número de %2 a %3</translation>
    </message>
    <message>
        <source>%1: the ingest socket needs a token: set VITRINA_INGEST_TOKEN (or store one in the system keyring as vitrina/ingest)</source>
        <translation>%1: o socket de entrada precisa de um token: defina VITRINA_INGEST_TOKEN (ou guarde um no chaveiro do sistema como vitrina/ingest)</translation>
    </message>
    <message>
        <source>%1: give the live chat&apos;s id, e.g. youtube:Cg0KC2FiY2RlZmdoaWpr</source>
        <translation>%1: informe o id do chat ao vivo, por exemplo youtube:Cg0KC2FiY2RlZmdoaWpr</translation>
    </message>
    <message>
        <source>%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] or rehearsal[:MESSAGES_PER_SECOND]</source>
        <translation>%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] ou rehearsal[:MESSAGES_PER_SECOND]</translation>
    </message>
    <message>
        <source>--chat %1</source>
        <translation>--chat %1</translation>
    </message>
    <message>
        <source>%1: name the Twitch channel, e.g. twitch:myshop</source>
        <translation>%1: informe o canal da Twitch, por exemplo twitch:myshop</translation>
    </message>
    <message>
        <source>%1: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL</source>
        <translation>%1: escreva irc://HOST:PORT/#CHANNEL, ircs://... ou twitch:CHANNEL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>o CSV está malformado: %1</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>%1 células, mas o cabeçalho tem %2 colunas (uma vírgula dentro de um valor sem aspas?)</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>o preço é obrigatório</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of units</source>
        <translation>&apos;%1&apos; não é um número inteiro de unidades</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: stock cannot go below zero</source>
        <translation>&apos;%1&apos; é negativo: o estoque não pode ficar abaixo de zero</translation>
    </message>
    <message>
        <source>the sku is empty</source>
        <translation>o SKU está vazio</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>o título está vazio</translation>
    </message>
    <message>
        <source>the price has no currency: %1</source>
        <translation>o preço não tem moeda: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code: use 1 to 12 letters and digits, like A12</source>
        <translation>&apos;%1&apos; não é um código: use de 1 a 12 letras e dígitos, como A12</translation>
    </message>
    <message>
        <source>the %1 format needs the column &apos;%2&apos;</source>
        <translation>o formato %1 precisa da coluna &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>o arquivo tem cabeçalho, mas nenhum produto</translation>
    </message>
    <message>
        <source>the header is neither a Shopify product export (Handle, Title, Variant Price, ...) nor a product sheet (sku, title, price, ...)</source>
        <translation>o cabeçalho não é nem uma exportação de produtos da Shopify (Handle, Title, Variant Price, ...) nem uma planilha de produtos (sku, title, price, ...)</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already appears on line %2</source>
        <translation>&apos;%1&apos; já aparece na linha %2</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; belongs to product &apos;%2&apos; already</source>
        <translation>o código &apos;%1&apos; já pertence ao produto &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is also on line %2</source>
        <translation>o código &apos;%1&apos; também está na linha %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a variant of product &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; já é uma variante do produto &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --currency CODE, or set the store&apos;s currency with `vitrina settings currency CODE`</source>
        <translation>informe --currency CÓDIGO ou defina a moeda da loja com `vitrina settings currency CÓDIGO`</translation>
    </message>
    <message>
        <source>Shopify exports carry no currency: %1</source>
        <translation>as exportações da Shopify não trazem moeda: %1</translation>
    </message>
    <message>
        <source>the Handle is empty</source>
        <translation>o Handle está vazio</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no title on its first row</source>
        <translation>o produto &apos;%1&apos; não tem título na primeira linha</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no variant row with a price</source>
        <translation>o produto &apos;%1&apos; não tem nenhuma linha de variante com preço</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; already has the variant &apos;%2&apos; on line %3</source>
        <translation>o produto &apos;%1&apos; já tem a variante &apos;%2&apos; na linha %3</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: on the card&apos;s panel it has a contrast of %2:1 over some pictures, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 fica difícil de ler na transmissão: no painel do cartão tem contraste de %2:1 sobre algumas imagens, e é preciso pelo menos %3:1; escolha uma cor mais escura ou mais intensa</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: white text on it has a contrast of %2:1, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 fica difícil de ler na transmissão: o texto branco sobre ela tem contraste de %2:1, e é preciso pelo menos %3:1; escolha uma cor mais escura ou mais intensa</translation>
    </message>
    <message>
        <source>removed by a moderator</source>
        <translation>removido por um moderador</translation>
    </message>
    <message>
        <source>a quantity must be 1 to %1</source>
        <translation>a quantidade deve ser de 1 a %1</translation>
    </message>
    <message>
        <source>no product has the code %1</source>
        <translation>nenhum produto tem o código %1</translation>
    </message>
    <message>
        <source>no product code</source>
        <translation>sem código de produto</translation>
    </message>
    <message>
        <source>which %1?</source>
        <translation>qual %1?</translation>
    </message>
    <message>
        <source>which variant?</source>
        <translation>qual variante?</translation>
    </message>
    <message>
        <source>which %1? (&apos;%2&apos; is not one of %3&apos;s)</source>
        <translation>qual %1? (&apos;%2&apos; não é uma opção de %3)</translation>
    </message>
    <message>
        <source>which variant? (&apos;%1&apos; is not one of %2&apos;s)</source>
        <translation>qual variante? (&apos;%1&apos; não é uma opção de %2)</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 não tem %2</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <translation>qual %1? %2</translation>
    </message>
    <message>
        <source>which variant? %1</source>
        <translation>qual variante? %1</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Let remote-control tools drive the show (obs-websocket 5)</source>
        <translation>Deixar ferramentas de controle remoto comandarem a live (obs-websocket 5)</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Exigir senha</translation>
    </message>
    <message>
        <source>https://deck.example (one per line)</source>
        <translation>https://deck.example (uma por linha)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Lendo as configurações…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Páginas do navegador que podem se conectar</translation>
    </message>
    <message>
        <source>A web page open in your browser can reach remote control too: it is refused unless its origin is listed here</source>
        <translation>Uma página aberta no seu navegador também alcança o controle remoto: ela é recusada, a menos que a origem esteja listada aqui</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Controle remoto</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Não foi possível ler as configurações: {reason}</translation>
    </message>
    <message>
        <source>Always required when listening beyond this machine ({host}): anyone on the network could take over the show</source>
        <translation>Sempre obrigatória ao escutar fora desta máquina ({host}): qualquer pessoa na rede poderia assumir a live</translation>
    </message>
    <message>
        <source>Without a password, any web page open in this computer&apos;s browser can switch scenes, go live or end the show. Turn it off only if you know why.</source>
        <translation>Sem senha, qualquer página aberta no navegador deste computador pode trocar cenas, entrar ao vivo ou encerrar a live. Desative só se souber o motivo.</translation>
    </message>
    <message>
        <source>Tools connect to {url}</source>
        <translation>As ferramentas se conectam a {url}</translation>
    </message>
    <message>
        <source>Tools connect to the address and port above</source>
        <translation>As ferramentas se conectam ao endereço e à porta acima</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Ainda lendo as configurações: tente OK de novo daqui a pouco</translation>
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
        <translation>pré-venda</translation>
    </message>
    <message>
        <source>reminder</source>
        <comment>reply: a cart still waits for payment</comment>
        <translation>lembrete</translation>
    </message>
    <message>
        <source>cart</source>
        <comment>reply: before the cart&apos;s code</comment>
        <translation>carrinho</translation>
    </message>
    <message>
        <source>total</source>
        <comment>reply: before the cart&apos;s total</comment>
        <translation>total</translation>
    </message>
    <message>
        <source>pay</source>
        <comment>reply: before the payment link</comment>
        <translation>pagamento</translation>
    </message>
    <message>
        <source>held until %1</source>
        <comment>reply: the reservation lasts until a time of day</comment>
        <translation>guardado até %1</translation>
    </message>
    <message>
        <source>ships %1</source>
        <comment>reply: a pre-order&apos;s shipping date</comment>
        <translation>envio em %1</translation>
    </message>
    <message>
        <source>your cart is waiting for payment</source>
        <translation>seu carrinho aguarda o pagamento</translation>
    </message>
    <message>
        <source>%1 is sold out: you are #%2 on the waitlist</source>
        <comment>reply: the item, the place in line</comment>
        <translation>%1 esgotou: você é o nº %2 na lista de espera</translation>
    </message>
    <message>
        <source>sold out, you are on the waitlist</source>
        <comment>reply said once to several buyers</comment>
        <translation>esgotado, você está na lista de espera</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <comment>reply: the item</comment>
        <translation>%1 esgotou</translation>
    </message>
    <message>
        <source>sold out</source>
        <comment>reply said once to several buyers</comment>
        <translation>esgotado</translation>
    </message>
    <message>
        <source>the hold on %1 ran out: it is released</source>
        <comment>reply: the item</comment>
        <translation>a reserva de %1 expirou: foi liberado</translation>
    </message>
    <message>
        <source>your hold ran out, the item is released</source>
        <comment>reply said once to several buyers</comment>
        <translation>sua reserva expirou, o item foi liberado</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <comment>reply: the product code, then its choices</comment>
        <translation>qual %1? %2</translation>
    </message>
</context>
<context>
    <name>SceneEditing</name>
    <message>
        <source>Add scene</source>
        <translation>Adicionar cena</translation>
    </message>
    <message>
        <source>Name of the new scene:</source>
        <translation>Nome da nova cena:</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Rename scene</source>
        <translation>Renomear cena</translation>
    </message>
    <message>
        <source>New name for the scene:</source>
        <translation>Novo nome da cena:</translation>
    </message>
    <message>
        <source>Duplicate scene</source>
        <translation>Duplicar cena</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nome da cópia:</translation>
    </message>
    <message>
        <source>“%1” is on program: put another scene on program to delete it</source>
        <translation>“%1” está no programa: coloque outra cena no programa para excluí-la</translation>
    </message>
    <message>
        <source>“%1” is in preview: prepare another scene to delete it</source>
        <translation>“%1” está na prévia: prepare outra cena para excluí-la</translation>
    </message>
    <message>
        <source>“%1” is the only scene: a show needs one</source>
        <translation>“%1” é a única cena: uma live precisa de pelo menos uma</translation>
    </message>
    <message>
        <source>Delete scene</source>
        <translation>Excluir cena</translation>
    </message>
    <message>
        <source>Delete the scene “%1” and its layers?</source>
        <translation>Excluir a cena “%1” e suas camadas?</translation>
    </message>
</context>
<context>
    <name>SceneLayersModel</name>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Card do produto</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Faixa de preços</translation>
    </message>
    <message>
        <source>Shown: untick to hide it</source>
        <translation>Visível: desmarque para ocultar</translation>
    </message>
    <message>
        <source>Hidden: tick to show it</source>
        <translation>Oculta: marque para mostrar</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <source>On program</source>
        <translation>No programa</translation>
    </message>
    <message>
        <source>In preview</source>
        <translation>Na prévia</translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a scene showing the camera</source>
        <translation>Adicionar uma cena com a câmera</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Rename the chosen scene</source>
        <translation>Renomear a cena escolhida</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Copy the chosen scene and its layers</source>
        <translation>Copiar a cena escolhida e suas camadas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen scene up</source>
        <translation>Subir a cena escolhida</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the chosen scene down</source>
        <translation>Descer a cena escolhida</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete the chosen scene</source>
        <translation>Excluir a cena escolhida</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Camadas de %1</translation>
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
        <translation>Vem de {variable} no ambiente desta sessão: altere lá.</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in: set {variable} in the environment instead.</source>
        <translation>Não há chaveiro do sistema para guardar isso: defina {variable} no ambiente.</translation>
    </message>
    <message>
        <source>Kept in the system keyring.</source>
        <translation>Guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Not set. Kept in the system keyring once saved.</source>
        <translation>Não definido. Fica no chaveiro do sistema depois de salvo.</translation>
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
        <translation>De onde vem o som da live: um microfone, um tom de teste, um arquivo (file:PATH) ou nenhum</translation>
    </message>
    <message>
        <source>The system&apos;s default microphone</source>
        <translation>O microfone padrão do sistema</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Um tom de teste</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Gain (dB)</source>
        <translation>Ganho (dB)</translation>
    </message>
    <message>
        <source>Louder or softer than the input gives it, from -60 to +20 dB; 0 leaves it</source>
        <translation>Mais alto ou mais baixo que a entrada, de -60 a +20 dB; 0 mantém</translation>
    </message>
    <message>
        <source>Chats to read</source>
        <translation>Chats a ler</translation>
    </message>
    <message>
        <source>One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</source>
        <translation>Um por linha: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</translation>
    </message>
    <message>
        <source>Twitch token</source>
        <translation>Token da Twitch</translation>
    </message>
    <message>
        <source>An OAuth token for the channel&apos;s account; without it chat is read anonymously</source>
        <translation>Um token OAuth da conta do canal; sem ele, o chat é lido de forma anônima</translation>
    </message>
    <message>
        <source>YouTube API key</source>
        <translation>Chave de API do YouTube</translation>
    </message>
    <message>
        <source>A YouTube Data API key, to read a live chat</source>
        <translation>Uma chave da YouTube Data API, para ler um chat ao vivo</translation>
    </message>
    <message>
        <source>YouTube token</source>
        <translation>Token do YouTube</translation>
    </message>
    <message>
        <source>An OAuth token instead of the key, to read the channel&apos;s own private chats</source>
        <translation>Um token OAuth em vez da chave, para ler os chats privados do próprio canal</translation>
    </message>
    <message>
        <source>Chat ingest token</source>
        <translation>Token de entrada do chat</translation>
    </message>
    <message>
        <source>What a chat bridge must show to the local ingest socket</source>
        <translation>O que uma ponte de chat precisa apresentar ao socket de entrada local</translation>
    </message>
    <message>
        <source>Replies in chat</source>
        <translation>Respostas no chat</translation>
    </message>
    <message>
        <source>on: buy comments are answered in the chat they came from (reserved, waitlist, which variant), within each platform&apos;s message limits</source>
        <translation>on: os comentários de compra são respondidos no chat de origem (reservado, lista de espera, qual variante), dentro dos limites de cada plataforma</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativadas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativadas</translation>
    </message>
    <message>
        <source>Viewer counts to read</source>
        <translation>Contagem de espectadores</translation>
    </message>
    <message>
        <source>One a line, asked once a minute while a show runs: youtube:VIDEO_ID (with the key or token above), twitch:LOGIN (with the token and the Client-Id below)</source>
        <translation>Um por linha, consultado a cada minuto durante a live: youtube:VIDEO_ID (com a chave ou o token acima), twitch:LOGIN (com o token e o Client-Id abaixo)</translation>
    </message>
    <message>
        <source>Twitch Client-Id</source>
        <translation>Client-Id da Twitch</translation>
    </message>
    <message>
        <source>The Client-Id of the application the Twitch token was made for: Twitch&apos;s API wants it to say how many watch</source>
        <translation>O Client-Id do aplicativo para o qual o token da Twitch foi criado: a API da Twitch exige para informar quantos assistem</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Cor do tema</translation>
    </message>
    <message>
        <source>The colour of the graphics&apos; bands, prices and bars, as #rrggbb</source>
        <translation>A cor das faixas, preços e barras dos gráficos, como #rrggbb</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture shown in a corner of the stream</source>
        <translation>Uma imagem PNG, JPEG ou WebP num canto da transmissão</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>The language of menus, docks and dialogs; the system&apos;s unless chosen</source>
        <translation>O idioma de menus, painéis e diálogos; o do sistema, a menos que escolha outro</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Controle remoto</translation>
    </message>
    <message>
        <source>1 lets obs-websocket 5 tools (Stream Deck, Companion, scripts) drive the show</source>
        <translation>1 deixa ferramentas obs-websocket 5 (Stream Deck, Companion, scripts) comandarem a live</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Where tools connect: 127.0.0.1 is this machine only</source>
        <translation>Onde as ferramentas se conectam: 127.0.0.1 é só esta máquina</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The port tools connect to; 4455 is the one they try first</source>
        <translation>A porta a que as ferramentas se conectam; 4455 é a que tentam primeiro</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Exigir senha</translation>
    </message>
    <message>
        <source>1 makes each tool give the password; always so beyond this machine</source>
        <translation>1 faz cada ferramenta informar a senha; sempre fora desta máquina</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Páginas do navegador que podem se conectar</translation>
    </message>
    <message>
        <source>Web pages&apos; origins, one a line, e.g. https://deck.example</source>
        <translation>Origens de páginas web, uma por linha, ex.: https://deck.example</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>ISO 4217 currency of imported prices that name none, e.g. EUR</source>
        <translation>Moeda ISO 4217 dos preços importados que não a informam, ex.: EUR</translation>
    </message>
    <message>
        <source>Money locale</source>
        <translation>Formato de valores</translation>
    </message>
    <message>
        <source>How the show writes money and numbers, e.g. pt_BR</source>
        <translation>Como a live escreve valores e números, ex.: pt_BR</translation>
    </message>
    <message>
        <source>Buy keywords</source>
        <translation>Palavras de compra</translation>
    </message>
    <message>
        <source>The words that make a comment a purchase, per language, e.g. &apos;en: sold, mine; es: compro&apos;</source>
        <translation>As palavras que tornam um comentário uma compra, por idioma, ex.: &apos;en: sold, mine; es: compro&apos;</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Link de pagamento</translation>
    </message>
    <message>
        <source>The shop&apos;s page the QR code opens for a product without a link of its own, e.g. https://shop.example/checkout</source>
        <translation>A página da loja que o QR abre para um produto sem link próprio, ex.: https://shop.example/checkout</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>The picture&apos;s size, WIDTHxHEIGHT, both even: upright 1080x1920 for TikTok, Reels and Shorts</source>
        <translation>O tamanho da imagem, LARGURAxALTURA, ambos pares: vertical 1080x1920 para TikTok, Reels e Shorts</translation>
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
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>Frames per second; 30 suits most platforms</source>
        <translation>Quadros por segundo; 30 serve para a maioria das plataformas</translation>
    </message>
    <message>
        <source>Video bitrate (kbit/s)</source>
        <translation>Taxa de bits do vídeo (kbit/s)</translation>
    </message>
    <message>
        <source>How much picture a second is sent, e.g. 3000 at 720p, 4500 at 1080p</source>
        <translation>Quanto de imagem é enviado por segundo, ex.: 3000 em 720p, 4500 em 1080p</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>Predefinição do codificador</translation>
    </message>
    <message>
        <source>Faster presets leave the computer more to spare, slower ones look better at the same bitrate</source>
        <translation>Predefinições rápidas poupam o computador; as lentas ficam melhores com a mesma taxa de bits</translation>
    </message>
    <message>
        <source>Hold (minutes)</source>
        <translation>Reserva (minutos)</translation>
    </message>
    <message>
        <source>Minutes an unpaid reservation is held before its stock is released (0: held until you act)</source>
        <translation>Minutos que uma reserva não paga fica guardada antes de liberar o estoque (0: até você agir)</translation>
    </message>
    <message>
        <source>Show discount</source>
        <translation>Desconto da live</translation>
    </message>
    <message>
        <source>A code and its discount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;; empty for none</source>
        <translation>Um código e seu desconto, ex.: &apos;LIVE10 10%&apos; ou &apos;LIVE5 5.00&apos;; vazio para nenhum</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>The flat shipping fee per cart, e.g. 15.90; empty for free shipping</source>
        <translation>Frete fixo por carrinho, ex.: 15.90; vazio para frete grátis</translation>
    </message>
    <message>
        <source>Free shipping over</source>
        <translation>Frete grátis acima de</translation>
    </message>
    <message>
        <source>Carts from this amount (after the discount) ship free, e.g. 150</source>
        <translation>Carrinhos a partir deste valor (após o desconto) têm frete grátis, ex.: 150</translation>
    </message>
    <message>
        <source>Pix key</source>
        <translation>Chave Pix</translation>
    </message>
    <message>
        <source>The shop&apos;s Pix key (CPF, CNPJ, e-mail, +55 phone or random key): each cart gets a Pix code</source>
        <translation>A chave Pix da loja (CPF, CNPJ, e-mail, telefone +55 ou chave aleatória): cada carrinho recebe um código Pix</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s name</source>
        <translation>Nome do recebedor Pix</translation>
    </message>
    <message>
        <source>Up to 25 letters, as the bank shows it to the buyer</source>
        <translation>Até 25 letras, como o banco mostra ao comprador</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s city</source>
        <translation>Cidade do recebedor Pix</translation>
    </message>
    <message>
        <source>Up to 15 letters</source>
        <translation>Até 15 letras</translation>
    </message>
    <message>
        <source>PayPal.Me name</source>
        <translation>Nome no PayPal.Me</translation>
    </message>
    <message>
        <source>Buyers get paypal.me/NAME/AMOUNT</source>
        <translation>Os compradores recebem paypal.me/NOME/VALOR</translation>
    </message>
    <message>
        <source>Cart checkout link</source>
        <translation>Link de pagamento do carrinho</translation>
    </message>
    <message>
        <source>A link with {cart}, {total} and {items}, e.g. https://shop.example/cart/{items}</source>
        <translation>Um link com {cart}, {total} e {items}, ex.: https://shop.example/cart/{items}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Sua loja</translation>
    </message>
    <message>
        <source>Prices are kept in one currency. The demo products are priced in it too, so a show&apos;s takings are never in two currencies.</source>
        <translation>Os preços ficam em uma moeda. Os produtos de demonstração também, então o faturamento de uma live nunca mistura moedas.</translation>
    </message>
    <message>
        <source>Money is written as in:</source>
        <translation>Valores escritos como em:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>A price reads:</source>
        <translation>Um preço fica assim:</translation>
    </message>
    <message>
        <source>Currency: {code} is not an ISO 4217 code, e.g. EUR</source>
        <translation>Moeda: {code} não é um código ISO 4217, ex.: EUR</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Money format: {locale} is not a locale, e.g. pt_BR</source>
        <translation>Formato de valores: {locale} não é uma localidade, ex.: pt_BR</translation>
    </message>
</context>
<context>
    <name>ShowControls</name>
    <message>
        <source>Show</source>
        <translation>Transmissão</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>Publish to the destinations you choose</source>
        <translation>Transmitir para os destinos que você escolher</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Encerrar live</translation>
    </message>
    <message>
        <source>End the show on every destination</source>
        <translation>Encerrar a live em todos os destinos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Record the program to the recordings folder</source>
        <translation>Gravar o programa na pasta de gravações</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensaio</translation>
    </message>
    <message>
        <source>Rehearse on a copy of the shop with a practice audience: nothing is published</source>
        <translation>Ensaie com uma cópia da loja e uma plateia de treino: nada é transmitido</translation>
    </message>
    <message>
        <source>Studio Mode</source>
        <translation>Modo estúdio</translation>
    </message>
    <message>
        <source>Prepare the next scene in preview</source>
        <translation>Preparar a próxima cena na prévia</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing</source>
        <translation>Um ensaio não transmite nada</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Encerrar a live?</translation>
    </message>
    <message>
        <source>The stream stops on every destination and the recording is finished.</source>
        <translation>A transmissão para em todos os destinos e a gravação é finalizada.</translation>
    </message>
    <message>
        <source>The recording failed: {error}</source>
        <translation>A gravação falhou: {error}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Gravação salva: {path}</translation>
    </message>
</context>
<context>
    <name>ShowReportWindow</name>
    <message>
        <source>Show report</source>
        <translation>Relatório da live</translation>
    </message>
    <message>
        <source>Choose a show; choose several (Ctrl or Shift) to compare their figures</source>
        <translation>Escolha uma live; escolha várias (Ctrl ou Shift) para comparar os números</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
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
        <translation>Fixados</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Ctrl+click more shows to compare their figures side by side</source>
        <translation>Ctrl+clique em mais lives para comparar os números lado a lado</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Live %1</translation>
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
        <translation>Mensagens de chat por minuto</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensagens</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Espectadores simultâneos</translation>
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
        <translation>Pedidos nesta live</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>This minute</source>
        <translation>Este minuto</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Assistindo agora</translation>
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
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>The store could not do it: %1</source>
        <translation>O banco de dados não conseguiu: %1</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>Cannot read the show&apos;s store: %1</source>
        <translation>Não foi possível ler o banco de dados da live: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 failed (the log says why)</source>
        <translation>%1 falhou (o log explica o motivo)</translation>
    </message>
</context>
<context>
    <name>StreamWords</name>
    <message numerus="yes">
        <source>Only %n left</source>
        <comment>low-stock badge</comment>
        <translation>
            <numerusform>Só resta %n</numerusform>
            <numerusform>Só restam %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <comment>stock badge and ticker</comment>
        <translation>Esgotado</translation>
    </message>
    <message>
        <source>Comment %1 %2</source>
        <comment>buy line: the buy keyword, then the product code</comment>
        <translation>Comente %1 %2</translation>
    </message>
    <message>
        <source>Pre-order · ships %1</source>
        <comment>card badge: a product sold ahead, then its ship date</comment>
        <translation>Pré-venda · envio %1</translation>
    </message>
    <message>
        <source>Code %1: %2 off</source>
        <comment>the show&apos;s discount code, then what it takes off (10% or R$ 5,00)</comment>
        <translation>Cupom %1: %2 de desconto</translation>
    </message>
    <message>
        <source>Free shipping over %1</source>
        <comment>ticker: carts from this amount ship free</comment>
        <translation>Frete grátis a partir de %1</translation>
    </message>
    <message>
        <source>Scan to buy</source>
        <comment>caption under the QR code</comment>
        <translation>Escaneie para comprar</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relâmpago</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Oferta encerrada</translation>
    </message>
    <message>
        <source>Sold!</source>
        <comment>burst when an order arrives</comment>
        <translation>Vendido!</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <comment>title when the host names no prize</comment>
        <translation>Sorteio</translation>
    </message>
    <message>
        <source>Type %1 to enter</source>
        <comment>giveaway: the keyword to type in chat</comment>
        <translation>Digite %1 para participar</translation>
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
        <translation>Vencedor</translation>
    </message>
</context>
<context>
    <name>StudioStatusBar</name>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAIO</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Fora do ar</translation>
    </message>
    <message>
        <source>Remote: off</source>
        <translation>Remoto: desligado</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Abrindo a live…</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · lagged {lagged} · skipped {skipped} · dropped {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</source>
        <translation>{fps:.0f} fps · atrasados {lagged} · pulados {skipped} · descartados {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</translation>
    </message>
    <message>
        <source>lagged: frames the clock could not compose in time; skipped: frames the encoder could not take; dropped: packets a slow destination let go</source>
        <translation>atrasados: quadros que o relógio não compôs a tempo; pulados: quadros que o codificador não conseguiu pegar; descartados: pacotes que um destino lento deixou passar</translation>
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
        <translation>As ferramentas de controle remoto se conectam a {url}</translation>
    </message>
    <message>
        <source>Remote: failed: {reason}</source>
        <translation>Remoto: falhou: {reason}</translation>
    </message>
    <message>
        <source>The show goes on; change the address or port in File ▸ Settings…</source>
        <translation>A live continua; altere o endereço ou a porta em Arquivo ▸ Configurações…</translation>
    </message>
    <message>
        <source>Turn remote control on in File ▸ Settings…</source>
        <translation>Ative o controle remoto em Arquivo ▸ Configurações…</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>The next show opens with these; `vitrina run` too, unless its options say otherwise.</source>
        <translation>A próxima live abre com isto; `vitrina run` também, a menos que suas opções digam outra coisa.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
</TS>
