<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
    <name>CrashHandler</name>
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
        <source>It is in the log too, with everything a bug report needs.</source>
        <translation>Também está no log, com tudo o que um relatório de erro precisa.</translation>
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
        <source>No destination is saved yet. Add one in a terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown); the settings dialog will add them here.</source>
        <translation>Ainda não há destinos salvos. Adicione um no terminal com `vitrina destinations add NAME URL` (a chave é pedida e nunca exibida); a janela de configurações vai adicioná-los aqui.</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
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
<context>
    <name>WindowLanguage</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>The window speaks the new language from the next start. The stream speaks the shop&apos;s locale.</source>
        <translation>A janela usa o novo idioma a partir da próxima abertura. A transmissão usa o idioma da loja.</translation>
    </message>
</context>
</TS>
