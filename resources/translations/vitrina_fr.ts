<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop studio for live selling.</source>
        <translation>Un studio de bureau pour la vente en direct.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Journaux : %1</translation>
    </message>
    <message>
        <source>About Vitrina</source>
        <translation>À propos de Vitrina</translation>
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
        <translation>Couper</translation>
    </message>
    <message>
        <source>Mute this input: the stream and the recording go silent for it</source>
        <translation>Couper cette entrée : elle ne s&apos;entend plus dans le direct ni dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Gain, from %1 to +%2 dB</source>
        <translation>Gain, de %1 à +%2 dB</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Coupé</translation>
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
        <translation>Paysage ou vertical ?</translation>
    </message>
    <message>
        <source>The shape of the picture your shows start with.</source>
        <translation>Le format de l&apos;image avec lequel vos émissions démarrent.</translation>
    </message>
    <message>
        <source>Landscape, 16:9 (1280×720): YouTube, Facebook, Twitch, a shop&apos;s site</source>
        <translation>Paysage, 16:9 (1280×720) : YouTube, Facebook, Twitch, le site d&apos;une boutique</translation>
    </message>
    <message>
        <source>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, phones</source>
        <translation>Vertical, 9:16 (720×1280) : TikTok, Instagram, YouTube Shorts, téléphones</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non payé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>waiting list only</source>
        <translation>liste d&apos;attente seulement</translation>
    </message>
    <message>
        <source>Copy Pix code</source>
        <translation>Copier le code Pix</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer payé</translation>
    </message>
    <message>
        <source>Cancel cart</source>
        <translation>Annuler le panier</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>Total des articles</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>This order is in no cart.</source>
        <translation>Cette commande n&apos;est dans aucun panier.</translation>
    </message>
    <message>
        <source>Cancel everything in cart %1? Its stock returns and the waiting list moves.</source>
        <translation>Annuler tout le panier %1 ? Son stock revient et la liste d&apos;attente avance.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>CatalogThread</name>
    <message>
        <source>This failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>Impossible de lire le catalogue : %1</translation>
    </message>
    <message>
        <source>The store refused it: %1</source>
        <translation>La base de données a refusé : %1</translation>
    </message>
</context>
<context>
    <name>CatalogWrites</name>
    <message>
        <source>%1 is on stream</source>
        <translation>%1 est à l&apos;écran</translation>
    </message>
    <message>
        <source>Nothing is pinned</source>
        <translation>Rien n&apos;est épinglé</translation>
    </message>
    <message>
        <source>%1: the price is now %2</source>
        <translation>%1 : le prix est maintenant %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left</source>
        <translation>
            <numerusform>%1 : reste %n</numerusform>
            <numerusform>%1 : reste %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on sale at %2 for %3 min</source>
        <translation>%1 en promo à %2 pendant %3 min</translation>
    </message>
    <message>
        <source>%1 %2 saved</source>
        <translation>%1 %2 enregistré</translation>
    </message>
    <message>
        <source>%1 has orders, so it stays in the catalog</source>
        <translation>%1 a des commandes : il reste au catalogue</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n demo products</source>
        <translation>
            <numerusform>%n produit de démo supprimé</numerusform>
            <numerusform>%n produits de démo supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %n that have orders</source>
        <translation>
            <numerusform>; %n avec des commandes est gardé</numerusform>
            <numerusform>; %n avec des commandes sont gardés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Compris comme</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>signalé : %1</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>order reserved</source>
        <translation>commande réservée</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>en liste d&apos;attente</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>répété</translation>
    </message>
    <message>
        <source>buy: %1</source>
        <translation>achat : %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>poll vote</source>
        <translation>vote au sondage</translation>
    </message>
    <message>
        <source>giveaway entry</source>
        <translation>participation au concours</translation>
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
        <translation>Bloquer « %1 »</translation>
    </message>
    <message>
        <source>Block word</source>
        <translation>Bloquer un mot</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Blocage de %1</translation>
    </message>
    <message>
        <source>Blocking “%1”</source>
        <translation>Blocage de « %1 »</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>Currency of the prices in this file (where a row names none):</source>
        <translation>Devise des prix de ce fichier (quand une ligne n&apos;en indique pas) :</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Modifier la destination</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ajouter une destination</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clé de stream</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where will you go live?</source>
        <translation>Où allez-vous diffuser ?</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing: a practice audience chats and buys on a copy of your shop. Add destinations whenever you are ready.</source>
        <translation>Une répétition ne diffuse rien : un public d&apos;entraînement discute et achète sur une copie de votre boutique. Ajoutez des destinations quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Rehearse first: no destination yet</source>
        <translation>Répéter d&apos;abord : pas encore de destination</translation>
    </message>
    <message>
        <source>Save a destination:</source>
        <translation>Enregistrer une destination :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Clé de stream :</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Stream key: empty; an RTMP destination needs its stream key</source>
        <translation>Clé de stream : vide ; une destination RTMP a besoin de sa clé</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>YouTube Studio ▸ Go live ▸ Stream: copy the stream key.</source>
        <translation>YouTube Studio ▸ Passer au direct ▸ Diffusion : copiez la clé de flux.</translation>
    </message>
    <message>
        <source>Facebook Live Producer ▸ Streaming software: copy the stream key.</source>
        <translation>Facebook Live Producer ▸ Logiciel de diffusion : copiez la clé de stream.</translation>
    </message>
    <message>
        <source>Instagram Live Producer: copy the stream key (and the server URL when it shows another).</source>
        <translation>Instagram Live Producer : copiez la clé de stream (et l&apos;URL du serveur s&apos;il en affiche une autre).</translation>
    </message>
    <message>
        <source>Twitch Creator Dashboard ▸ Settings ▸ Stream: copy the primary stream key.</source>
        <translation>Tableau de bord Twitch ▸ Paramètres ▸ Stream : copiez la clé de stream principale.</translation>
    </message>
    <message>
        <source>TikTok LIVE Center ▸ Go LIVE: paste the server URL and the stream key it hands out (both change with each live).</source>
        <translation>TikTok LIVE Center ▸ Go LIVE : collez l&apos;URL du serveur et la clé qu&apos;il fournit (elles changent à chaque direct).</translation>
    </message>
    <message>
        <source>Other RTMP(S) server</source>
        <translation>Autre serveur RTMP(S)</translation>
    </message>
    <message>
        <source>The server&apos;s address (rtmp:// or rtmps://) and the stream key apart.</source>
        <translation>L&apos;adresse du serveur (rtmp:// ou rtmps://) et, à part, la clé de stream.</translation>
    </message>
    <message>
        <source>WHIP (WebRTC) endpoint</source>
        <translation>Point d&apos;accès WHIP (WebRTC)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s https:// address, and its bearer token if it asks for one.</source>
        <translation>L&apos;adresse https:// du point d&apos;accès, et son jeton s&apos;il en demande un.</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>Reading the destinations…</source>
        <translation>Lecture des destinations…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Added, edited and removed destinations are saved at once; the Enabled boxes, with OK.</source>
        <translation>Les destinations ajoutées, modifiées ou retirées sont enregistrées aussitôt ; les cases Activée, avec OK.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>There is no system keyring here: keys cannot be kept. A destination is saved without its key, which then comes from VITRINA_KEY_&lt;NAME&gt; in the environment of the session that goes live.</source>
        <translation>Aucun trousseau système ici : les clés ne peuvent pas être gardées. La destination est enregistrée sans sa clé, qui vient alors de VITRINA_KEY_&lt;NAME&gt; dans l&apos;environnement de la session qui passe en direct.</translation>
    </message>
    <message>
        <source>No destination yet: Add… one to go live to.</source>
        <translation>Pas encore de destination : Ajouter… pour en avoir une où diffuser.</translation>
    </message>
    <message>
        <source>The destinations could not be read: {reason}</source>
        <translation>Impossible de lire les destinations : {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistrée.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <source>Remove {name} and forget its key?</source>
        <translation>Retirer {name} et oublier sa clé ?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retirée.</translation>
    </message>
    <message>
        <source>Still reading the destinations: try OK again in a moment</source>
        <translation>Lecture des destinations en cours : réessayez OK dans un instant</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Camera and microphone</source>
        <translation>Caméra et micro</translation>
    </message>
    <message>
        <source>What the show picks up. Scenes and the audio mixer can change both during a show.</source>
        <translation>Ce que l&apos;émission capte. Les scènes et le mixeur audio peuvent changer les deux en cours d&apos;émission.</translation>
    </message>
    <message>
        <source>Looking for cameras and microphones…</source>
        <translation>Recherche des caméras et micros…</translation>
    </message>
    <message>
        <source>Check them</source>
        <translation>Les tester</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micro :</translation>
    </message>
    <message>
        <source>The moving test pattern</source>
        <translation>La mire de test animée</translation>
    </message>
    <message>
        <source>Default input</source>
        <translation>Entrée par défaut</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Une tonalité de test</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message numerus="yes">
        <source>Found %n camera(s).</source>
        <translation>
            <numerusform>%n caméra trouvée.</numerusform>
            <numerusform>%n caméras trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera found: shows use the moving test pattern until one is plugged in.</source>
        <translation>Aucune caméra trouvée : les émissions utilisent la mire de test jusqu&apos;à ce qu&apos;une soit branchée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Camera: {result}</source>
        <translation>Caméra : {result}</translation>
    </message>
    <message>
        <source>Microphone: {result}</source>
        <translation>Micro : {result}</translation>
    </message>
    <message>
        <source>The devices could not be listed ({reason}); the test pattern stands in.</source>
        <translation>Impossible de lister les appareils ({reason}) ; la mire de test les remplace.</translation>
    </message>
</context>
<context>
    <name>EngagementDock</name>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Concours</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The show keeps running. What happened:
{what}</source>
        <translation>L&apos;émission continue. Ce qui s&apos;est passé :
{what}</translation>
    </message>
    <message>
        <source>The details are saved in {file}, with everything a bug report needs.</source>
        <translation>Les détails sont enregistrés dans {file}, avec tout ce qu&apos;il faut pour signaler le bug.</translation>
    </message>
    <message>
        <source>The details are in the log, with everything a bug report needs.</source>
        <translation>Les détails sont dans le journal, avec tout ce qu&apos;il faut pour signaler le bug.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Finish opens a rehearsal: a product pinned on the picture and a practice audience asking and buying in chat. Nothing is published and your stock is untouched. End it with the Rehearsal button.</source>
        <translation>Terminer ouvre une répétition : un produit épinglé à l&apos;image et un public d&apos;entraînement qui pose des questions et achète dans le chat. Rien n&apos;est diffusé et votre stock reste intact. Arrêtez-la avec le bouton Répétition.</translation>
    </message>
    <message>
        <source>Finish saves your destination (its key in the system keyring, never in a file). Go Live on the toolbar publishes to it.</source>
        <translation>Terminer enregistre votre destination (sa clé dans le trousseau du système, jamais dans un fichier). Passer en direct, dans la barre d&apos;outils, diffuse vers elle.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Vitrina — first run</source>
        <translation>Vitrina — premier démarrage</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Nothing was kept: {reason}</source>
        <translation>Rien n&apos;a été gardé : {reason}</translation>
    </message>
</context>
<context>
    <name>FlashSaleDialog</name>
    <message>
        <source>Flash sale</source>
        <translation>Vente flash</translation>
    </message>
    <message>
        <source>%1 %2, now %3</source>
        <translation>%1 %2, maintenant %3</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.99</source>
        <translation>Prix promo, p. ex. 19.99</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Lancer la vente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Reading the settings…</source>
        <translation>Lecture des réglages…</translation>
    </message>
    <message>
        <source>Takes effect when the studio starts again.</source>
        <translation>Pris en compte au prochain démarrage du studio.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Impossible de lire les réglages : {reason}</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Lecture des réglages en cours : réessayez OK dans un instant</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in.</source>
        <translation>Aucun trousseau système ici pour le garder.</translation>
    </message>
</context>
<context>
    <name>GiveawayPanel</name>
    <message>
        <source>A linen tote bag</source>
        <translation>Un tote bag en lin</translation>
    </message>
    <message>
        <source>WIN</source>
        <translation>GAGNER</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start giveaway</source>
        <translation>Lancer le concours</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Takes entries for</source>
        <translation>Participations pendant</translation>
    </message>
    <message>
        <source>Draw the winner</source>
        <translation>Tirer le gagnant</translation>
    </message>
    <message>
        <source>Verify the draw</source>
        <translation>Vérifier le tirage</translation>
    </message>
    <message>
        <source>Replay the draw from its recorded seed: the same winner must come out</source>
        <translation>Rejouer le tirage avec sa graine enregistrée : le même gagnant doit sortir</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) wins among %n entries. Seed: %3</source>
        <translation>
            <numerusform>%1 (%2) gagne parmi %n participation. Graine : %3</numerusform>
            <numerusform>%1 (%2) gagne parmi %n participations. Graine : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: seed %1 draws %2 again among %n entries.</source>
        <translation>
            <numerusform>Vérifié : la graine %1 tire à nouveau %2 parmi %n participation.</numerusform>
            <numerusform>Vérifié : la graine %1 tire à nouveau %2 parmi %n participations.</numerusform>
        </translation>
    </message>
    <message>
        <source>No giveaway yet in this show.</source>
        <translation>Pas encore de concours dans cette émission.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn: %1 won</source>
        <translation>tiré : %1 a gagné</translation>
    </message>
    <message>
        <source>taking entries</source>
        <translation>participations ouvertes</translation>
    </message>
    <message>
        <source>closed: draw the winner</source>
        <translation>fermé : tirez le gagnant</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>tapez %1</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Go live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <source>Publish this show to:</source>
        <translation>Diffuser cette émission sur :</translation>
    </message>
    <message>
        <source>No destination is saved yet. Add one in File ▸ Settings… ▸ Destinations, or in a terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown).</source>
        <translation>Aucune destination enregistrée. Ajoutez-en une dans Fichier ▸ Réglages… ▸ Destinations, ou dans un terminal avec `vitrina destinations add NAME URL` (la clé est demandée, jamais affichée).</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Passer en direct</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Product card</source>
        <translation>Fiche produit</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Bandeau des prix</translation>
    </message>
    <message>
        <source>Which graphics each scene shows</source>
        <translation>Les graphismes de chaque scène</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Graphismes</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>dans le salon</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconnexion dans %1 s (essai %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a state, then why</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import failed: %1</source>
        <translation>L&apos;import a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... et %n autre problème</numerusform>
            <numerusform>... et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Welcome to Vitrina</source>
        <translation>Bienvenue dans Vitrina</translation>
    </message>
    <message>
        <source>A few questions get you to your first show. You can skip them, and ask for them again from Help ▸ First-run assistant.</source>
        <translation>Quelques questions vous mènent à votre première émission. Vous pouvez les passer et les retrouver dans Aide ▸ Assistant de premier démarrage.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre :</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sound on new orders</source>
        <translation>Son à chaque commande</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Questions (%n)</numerusform>
            <numerusform>Questions (%n)</numerusform>
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
            <numerusform>Commandes (%n)</numerusform>
            <numerusform>Commandes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waitlist (%n)</source>
        <translation>
            <numerusform>Attente (%n)</numerusform>
            <numerusform>Attente (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Polls and giveaways</source>
        <translation>Sondages et concours</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <source>Audio mixer</source>
        <translation>Mixeur audio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Importer des produits…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Rapport d&apos;émission…</translation>
    </message>
    <message>
        <source>What each show sold, when, and while which product was pinned</source>
        <translation>Ce que chaque émission a vendu, quand, et avec quel produit épinglé</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>Assistant de &amp;premier démarrage…</translation>
    </message>
    <message>
        <source>&amp;About Vitrina</source>
        <translation>À &amp;propos de Vitrina</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source> — REHEARSAL</source>
        <translation> — RÉPÉTITION</translation>
    </message>
    <message>
        <source>Vitrina Studio</source>
        <translation>Vitrina Studio</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>L&apos;émission est terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in this show. See what sold, when, and while which product was pinned?</source>
        <translation>
            <numerusform>%n commande dans cette émission. Voir ce qui s&apos;est vendu, quand, et avec quel produit épinglé ?</numerusform>
            <numerusform>%n commandes dans cette émission. Voir ce qui s&apos;est vendu, quand, et avec quel produit épinglé ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>The show could not open</source>
        <translation>Impossible d&apos;ouvrir l&apos;émission</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n products: %1 new, %2 updated</source>
        <translation>
            <numerusform>%n produit importé : %1 nouveaux, %2 mis à jour</numerusform>
            <numerusform>%n produits importés : %1 nouveaux, %2 mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed</source>
        <translation>L&apos;import a échoué ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines and try again:</source>
        <translation>Rien n&apos;a été importé. Corrigez ces lignes et réessayez :</translation>
    </message>
    <message>
        <source>Quit while live?</source>
        <translation>Quitter en plein direct ?</translation>
    </message>
    <message>
        <source>The show is live. Quitting ends it on every destination.</source>
        <translation>L&apos;émission est en direct. Quitter la termine sur toutes les destinations.</translation>
    </message>
    <message>
        <source>End the show and quit</source>
        <translation>Terminer l&apos;émission et quitter</translation>
    </message>
</context>
<context>
    <name>MixerDock</name>
    <message>
        <source>No show is open.</source>
        <translation>Aucune émission ouverte.</translation>
    </message>
    <message>
        <source>This show has no audio inputs.</source>
        <translation>Cette émission n&apos;a pas d&apos;entrée audio.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>Starting the program…</source>
        <translation>Démarrage du programme…</translation>
    </message>
    <message>
        <source>The monitor is off to save CPU; the show goes on. Right-click to turn it on.</source>
        <translation>Le moniteur est éteint pour économiser le processeur ; l’émission continue. Clic droit pour le rallumer.</translation>
    </message>
</context>
<context>
    <name>Monitors</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fondu</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a fade takes</source>
        <translation>Durée du fondu</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Take the preview to program</source>
        <translation>Passer l&apos;aperçu au programme</translation>
    </message>
    <message>
        <source>Program &amp;monitor</source>
        <translation>&amp;Moniteur du programme</translation>
    </message>
    <message>
        <source>&amp;Smooth: every frame</source>
        <translation>&amp;Fluide : chaque image</translation>
    </message>
    <message>
        <source>The program as viewers see it, frame for frame</source>
        <translation>Le programme tel que les spectateurs le voient, image par image</translation>
    </message>
    <message>
        <source>&amp;Light: every other frame</source>
        <translation>&amp;Léger : une image sur deux</translation>
    </message>
    <message>
        <source>Half the frames, for about half of the CPU the monitor costs the window</source>
        <translation>La moitié des images, pour environ la moitié du processeur que le moniteur coûte à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Arrêté</translation>
    </message>
    <message>
        <source>No picture of the program, and the least CPU</source>
        <translation>Aucune image du programme, et le moins de processeur</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Ouverture de l&apos;émission…</translation>
    </message>
    <message>
        <source>Turn studio mode on to prepare a scene</source>
        <translation>Activez le mode studio pour préparer une scène</translation>
    </message>
</context>
<context>
    <name>OrderToast</name>
    <message numerus="yes">
        <source>%n new orders</source>
        <translation>
            <numerusform>%n nouvelle commande</numerusform>
            <numerusform>%n nouvelles commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from %1: %2, %3</source>
        <translation>Nouvelle commande de %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer payée</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cart…</source>
        <translation>Panier…</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>The password comes from {variable}: change it there.</source>
        <translation>Le mot de passe vient de {variable} : changez-le là.</translation>
    </message>
    <message>
        <source>There is no system keyring to keep a password in: set {variable}.</source>
        <translation>Aucun trousseau système pour garder un mot de passe : définissez {variable}.</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Give it to each tool that connects.</source>
        <translation>Gardé dans le trousseau du système. Donnez-le à chaque outil qui se connecte.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>A new password: it replaces the old one when you press OK, and every tool must then be given it.</source>
        <translation>Un nouveau mot de passe : il remplace l&apos;ancien quand vous cliquez sur OK, et chaque outil doit alors le recevoir.</translation>
    </message>
</context>
<context>
    <name>PictureProgressBar</name>
    <message>
        <source>Pictures: %v of %m</source>
        <translation>Images : %v sur %m</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be fetched yet: trying again later</source>
        <translation>
            <numerusform>%n image pas encore récupérée : nouvel essai plus tard</numerusform>
            <numerusform>%n images pas encore récupérées : nouvel essai plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures cannot be used (see the log)</source>
        <translation>
            <numerusform>%n image inutilisable (voir le journal)</numerusform>
            <numerusform>%n images inutilisables (voir le journal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Which colour should we show next?</source>
        <translation>Quelle couleur montrer ensuite ?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Lancer le sondage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert pendant</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Clore le sondage</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Pas encore de sondage dans cette émission.</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking votes</source>
        <translation>Votes ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>%n vote au total</numerusform>
            <numerusform>%n votes au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>chosen for you when left blank</source>
        <translation>choisi pour vous si laissé vide</translation>
    </message>
    <message>
        <source>e.g. 24.50</source>
        <translation>p. ex. 24.50</translation>
    </message>
    <message>
        <source>optional: the price before a discount</source>
        <translation>facultatif : le prix avant remise</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>e.g. Size / Colour</source>
        <translation>p. ex. Taille / Couleur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Option names</source>
        <translation>Noms des options</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Retirer la variante</translation>
    </message>
    <message>
        <source>Variants (each with its own price and stock)</source>
        <translation>Variantes (chacune avec son prix et son stock)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>compare at</source>
        <translation>prix barré</translation>
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
        <translation>« %1 » n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Search products, codes, SKUs…</source>
        <translation>Chercher produits, codes, réf.…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Produit suivant</translation>
    </message>
    <message>
        <source>Flash sale…</source>
        <translation>Vente flash…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the demo catalog…</source>
        <translation>Retirer le catalogue de démo…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message numerus="yes">
        <source>%n products matching “%1”</source>
        <translation>
            <numerusform>%n produit correspond à « %1 »</numerusform>
            <numerusform>%n produits correspondent à « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Open a show to put products on stream</source>
        <translation>Ouvrez une émission pour mettre des produits à l&apos;écran</translation>
    </message>
    <message>
        <source>%1, price: %2. The price stays %3.</source>
        <translation>%1, prix : %2. Le prix reste %3.</translation>
    </message>
    <message>
        <source>The shop has no currency yet: import products, or set it with `vitrina settings`</source>
        <translation>La boutique n&apos;a pas encore de devise : importez des produits ou réglez-la avec `vitrina settings`</translation>
    </message>
    <message>
        <source>Delete %1 %2 and its variants? This cannot be undone.</source>
        <translation>Supprimer %1 %2 et ses variantes ? C&apos;est définitif.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <source>Remove the demo catalog</source>
        <translation>Retirer le catalogue de démo</translation>
    </message>
    <message>
        <source>Delete the demo&apos;s products? Your own products stay.</source>
        <translation>Supprimer les produits de démo ? Les vôtres restent.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>On stream now</source>
        <translation>À l&apos;écran</translation>
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
        <translation>non suivi</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>on stream</source>
        <translation>à l&apos;écran</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Feature on stream</source>
        <translation>Mettre à l&apos;écran</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Changing question %1</source>
        <translation>Modification de la question %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>price: a price cannot be negative</source>
        <translation>prix : un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>stock: the stock cannot go below zero</source>
        <translation>stock : le stock ne peut pas descendre sous zéro</translation>
    </message>
    <message>
        <source>stock: a product with variants has the stock of its variants: edit a variant</source>
        <translation>stock : un produit à variantes a le stock de ses variantes : modifiez une variante</translation>
    </message>
    <message>
        <source>the product is gone: someone deleted it</source>
        <translation>le produit n&apos;existe plus : quelqu&apos;un l&apos;a supprimé</translation>
    </message>
    <message>
        <source>the variant %1 is gone</source>
        <translation>la variante %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>title: a product needs a title</source>
        <translation>titre : un produit a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>SKU: a product needs a SKU</source>
        <translation>SKU : un produit a besoin d&apos;un SKU</translation>
    </message>
    <message>
        <source>SKU: a product&apos;s SKU stays %1</source>
        <translation>SKU : le SKU d&apos;un produit reste %1</translation>
    </message>
    <message>
        <source>SKU: another product has the SKU %1 already</source>
        <translation>SKU : un autre produit a déjà le SKU %1</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; is not a code: letters and digits, at most 12</source>
        <translation>code : &apos;%1&apos; n&apos;est pas un code : lettres et chiffres, 12 au plus</translation>
    </message>
    <message>
        <source>code: another product has the code %1 already</source>
        <translation>code : un autre produit a déjà le code %1</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is on another variant too</source>
        <translation>variante %1, SKU : %2 est aussi sur une autre variante</translation>
    </message>
    <message>
        <source>variant %1: give its option, e.g. M / Blue</source>
        <translation>variante %1 : indiquez son option, par ex. M / Bleu</translation>
    </message>
    <message>
        <source>variant %1, stock: the stock cannot go below zero</source>
        <translation>variante %1, stock : le stock ne peut pas descendre sous zéro</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is a variant of %3 already</source>
        <translation>variante %1, SKU : %2 est déjà une variante de %3</translation>
    </message>
    <message>
        <source>variants: %1 has orders, so it cannot be removed</source>
        <translation>variantes : %1 a des commandes, elle ne peut donc pas être retirée</translation>
    </message>
    <message>
        <source>a Pix key is 1 to 77 characters without spaces (CPF, CNPJ, e-mail, +55 phone or random key)</source>
        <translation>une clé Pix fait de 1 à 77 caractères sans espaces (CPF, CNPJ, e-mail, téléphone +55 ou clé aléatoire)</translation>
    </message>
    <message>
        <source>the receiver&apos;s name, up to %1 letters (accents are dropped)</source>
        <translation>le nom du bénéficiaire, %1 lettres au plus (les accents sont retirés)</translation>
    </message>
    <message>
        <source>the receiver&apos;s city, up to %1 letters (accents are dropped)</source>
        <translation>la ville du bénéficiaire, %1 lettres au plus (les accents sont retirés)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: whole minutes from 0 (no hold) to %2</source>
        <translation>&apos;%1&apos; : des minutes entières de 0 (sans réservation) à %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write a code and an amount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;</source>
        <translation>&apos;%1&apos; : écrivez un code et un montant, par ex. &apos;LIVE10 10%&apos; ou &apos;LIVE5 5.00&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percent is more than 0 and at most 100</source>
        <translation>&apos;%1&apos; : un pourcentage est supérieur à 0 et au plus 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the amount off must be more than 0</source>
        <translation>&apos;%1&apos; : la remise doit être supérieure à 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write an amount such as 15 or 15.90</source>
        <translation>&apos;%1&apos; : écrivez un montant comme 15 ou 15.90</translation>
    </message>
    <message>
        <source>no cart %1</source>
        <translation>aucun panier %1</translation>
    </message>
    <message>
        <source>no cart %1 (see `vitrina carts`)</source>
        <translation>aucun panier %1 (voir `vitrina carts`)</translation>
    </message>
    <message>
        <source>cart %1 is %2: nothing in it can become %3</source>
        <translation>le panier %1 est « %2 » : rien dedans ne peut passer à « %3 »</translation>
    </message>
    <message>
        <source>cart %1: %2</source>
        <translation>panier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not below the price, %2</source>
        <translation>%1 n&apos;est pas inférieur au prix, %2</translation>
    </message>
    <message>
        <source>a flash sale lasts from a few seconds to a day, not %1 minutes</source>
        <translation>une vente flash dure de quelques secondes à un jour, pas %1 minutes</translation>
    </message>
    <message>
        <source>a flash-sale price cannot be negative</source>
        <translation>le prix d&apos;une vente flash ne peut pas être négatif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a keyword: use one word of 2 to 30 letters or digits</source>
        <translation>&apos;%1&apos; ne peut pas être un mot-clé : utilisez un mot de 2 à 30 lettres ou chiffres</translation>
    </message>
    <message>
        <source>a giveaway takes entries from a few seconds to a day, not %1 minutes</source>
        <translation>un tirage au sort prend les participations de quelques secondes à un jour, pas %1 minutes</translation>
    </message>
    <message>
        <source>nobody has entered yet</source>
        <translation>personne n&apos;a encore participé</translation>
    </message>
    <message>
        <source>giveaway %1 has not been drawn</source>
        <translation>le tirage %1 n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>giveaway %1: the seed draws %2, but %3 was recorded: the entries changed after the draw</source>
        <translation>tirage %1 : la graine tire %2, mais %3 a été enregistré : les participations ont changé après le tirage</translation>
    </message>
    <message>
        <source>show %1 has had no giveaway</source>
        <translation>l&apos;émission %1 n&apos;a eu aucun tirage</translation>
    </message>
    <message>
        <source>giveaway %1 was drawn already; `vitrina giveaway verify %1` replays it</source>
        <translation>le tirage %1 a déjà eu lieu ; `vitrina giveaway verify %1` le rejoue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should read like &apos;en: sold, mine&apos;</source>
        <translation>&apos;%1&apos; devrait ressembler à &apos;fr: je prends, moi&apos;</translation>
    </message>
    <message>
        <source>give one word, phrase or user, not an empty or multi-line text</source>
        <translation>donnez un mot, une phrase ou un utilisateur, pas un texte vide ou sur plusieurs lignes</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a PayPal.Me name is 1 to 20 letters and digits</source>
        <translation>&apos;%1&apos; : un nom PayPal.Me fait de 1 à 20 lettres et chiffres</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: it must start with https:// or http://</source>
        <translation>&apos;%1&apos; : doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a { or } without its pair (%2)</source>
        <translation>&apos;%1&apos; : une { ou } sans son pendant (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of %3</source>
        <translation>&apos;%1&apos; : %2 n&apos;est pas l&apos;un de %3</translation>
    </message>
    <message>
        <source>Pix field %1 is %2 characters; at most 99 fit</source>
        <translation>le champ Pix %1 fait %2 caractères ; 99 au plus y tiennent</translation>
    </message>
    <message>
        <source>pix_key is not set</source>
        <translation>pix_key n&apos;est pas défini</translation>
    </message>
    <message>
        <source>pix_name and pix_city must both be set (plain letters)</source>
        <translation>pix_name et pix_city doivent être définis tous les deux (lettres sans accents)</translation>
    </message>
    <message>
        <source>a Pix txid is up to %1 letters and digits, not &apos;%2&apos;</source>
        <translation>un txid Pix fait %1 lettres et chiffres au plus, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a Pix amount must be more than 0</source>
        <translation>un montant Pix doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a poll needs a question and options that are not empty</source>
        <translation>un sondage a besoin d&apos;une question et d&apos;options non vides</translation>
    </message>
    <message>
        <source>a poll has 2 to %1 options, not %2</source>
        <translation>un sondage a de 2 à %1 options, pas %2</translation>
    </message>
    <message>
        <source>a poll is open from a few seconds to a day, not %1 minutes</source>
        <translation>un sondage est ouvert de quelques secondes à un jour, pas %1 minutes</translation>
    </message>
    <message>
        <source>there is no poll %1</source>
        <translation>il n&apos;y a pas de sondage %1</translation>
    </message>
    <message>
        <source>show %1 has had no poll</source>
        <translation>l&apos;émission %1 n&apos;a eu aucun sondage</translation>
    </message>
    <message>
        <source>a pre-order cap is 1 to %1 units, not %2</source>
        <translation>une limite de précommandes va de 1 à %1 unités, pas %2</translation>
    </message>
    <message>
        <source>--ships &apos;%1&apos;: write the date as YYYY-MM-DD, e.g. 2026-12-12</source>
        <translation>--ships &apos;%1&apos; : écrivez la date au format AAAA-MM-JJ, par ex. 2026-12-12</translation>
    </message>
    <message>
        <source>destination %1 has no stream key: set %2, or remove it and add it again with its key</source>
        <translation>la destination %1 n&apos;a pas de clé de stream : définissez %2, ou retirez-la et ajoutez-la à nouveau avec sa clé</translation>
    </message>
    <message>
        <source>destination %1 is named twice</source>
        <translation>la destination %1 est nommée deux fois</translation>
    </message>
    <message>
        <source>destination %1 is disabled (`vitrina destinations enable %2` turns it on)</source>
        <translation>la destination %1 est désactivée (`vitrina destinations enable %2` l&apos;active)</translation>
    </message>
    <message>
        <source>name %1: no destination by that name (see `vitrina destinations list`)</source>
        <translation>nom %1 : aucune destination de ce nom (voir `vitrina destinations list`)</translation>
    </message>
    <message>
        <source>name %1: a destination by that name exists; remove it first</source>
        <translation>nom %1 : une destination de ce nom existe ; retirez-la d&apos;abord</translation>
    </message>
    <message>
        <source>name %1: its key would come from %2, as %3&apos;s does; choose another name</source>
        <translation>nom %1 : sa clé viendrait de %2, comme celle de %3 ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>name: empty; give the destination a name, e.g. youtube</source>
        <translation>nom : vide ; donnez un nom à la destination, par ex. youtube</translation>
    </message>
    <message>
        <source>name %1: has a control character; use letters, digits, spaces and punctuation</source>
        <translation>nom %1 : contient un caractère de contrôle ; utilisez lettres, chiffres, espaces et ponctuation</translation>
    </message>
    <message>
        <source>name: %1 characters long; at most %2</source>
        <translation>nom : %1 caractères ; %2 au plus</translation>
    </message>
    <message>
        <source>url: empty; give the server&apos;s address, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL : vide ; indiquez l&apos;adresse du serveur, par ex. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: %1 characters long; at most %2</source>
        <translation>URL : %1 caractères ; %2 au plus</translation>
    </message>
    <message>
        <source>url: has a space or a control character</source>
        <translation>URL : contient une espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>url: not an address (check the brackets around an IPv6 address)</source>
        <translation>URL : pas une adresse (vérifiez les crochets autour d&apos;une adresse IPv6)</translation>
    </message>
    <message>
        <source>url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL : ne commence par aucun schéma ; utilisez rtmp:// ou rtmps:// pour RTMP, http:// ou https:// pour un point WHIP</translation>
    </message>
    <message>
        <source>url: starts with %1; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL : commence par %1 ; utilisez rtmp:// ou rtmps:// pour RTMP, http:// ou https:// pour un point WHIP</translation>
    </message>
    <message>
        <source>url: has a #fragment; a server&apos;s address has none</source>
        <translation>URL : contient un #fragment ; l&apos;adresse d&apos;un serveur n&apos;en a pas</translation>
    </message>
    <message>
        <source>url: an RTMP server&apos;s address has no ?query; the key is read apart from it</source>
        <translation>URL : l&apos;adresse d&apos;un serveur RTMP n&apos;a pas de ?requête ; la clé est lue à part</translation>
    </message>
    <message>
        <source>url: name the server&apos;s application too, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL : indiquez aussi l&apos;application du serveur, par ex. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: has a user name or password in it; the key is read apart from the address</source>
        <translation>URL : contient un nom d&apos;utilisateur ou un mot de passe ; la clé est lue à part de l&apos;adresse</translation>
    </message>
    <message>
        <source>url: has no server name, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL : pas de nom de serveur, par ex. rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: the port must be a number from 1 to 65535</source>
        <translation>URL : le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>key: empty; an RTMP destination needs its stream key</source>
        <translation>clé : vide ; une destination RTMP a besoin de sa clé de stream</translation>
    </message>
    <message>
        <source>key: %1 characters long; at most %2</source>
        <translation>clé : %1 caractères ; %2 au plus</translation>
    </message>
    <message>
        <source>token: %1 characters long; at most %2</source>
        <translation>jeton : %1 caractères ; %2 au plus</translation>
    </message>
    <message>
        <source>key: has a space or a control character</source>
        <translation>clé : contient une espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>token: has a space or a control character</source>
        <translation>jeton : contient une espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>devise : %1</translation>
    </message>
    <message>
        <source>money format: %1</source>
        <translation>format monétaire : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known locale</source>
        <translation>&apos;%1&apos; n&apos;est pas une locale connue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; est négatif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price</source>
        <translation>&apos;%1&apos; n&apos;est pas un prix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 has no minor unit</source>
        <translation>&apos;%1&apos; a des décimales, mais %2 n&apos;a pas de sous-unité</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals</source>
        <translation>&apos;%1&apos; a plus de %2 décimales</translation>
    </message>
    <message>
        <source>give the address to listen on, e.g. %1 (this machine only)</source>
        <translation>indiquez l&apos;adresse d&apos;écoute, par ex. %1 (cette machine seulement)</translation>
    </message>
    <message>
        <source>%1 is not an address: write an IP address or a host name</source>
        <translation>%1 n&apos;est pas une adresse : écrivez une adresse IP ou un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 is not a port: choose a number from 1 to 65535 (%2 is the one tools try first)</source>
        <translation>%1 n&apos;est pas un port : choisissez un nombre de 1 à 65535 (%2 est celui que les outils essaient d&apos;abord)</translation>
    </message>
    <message>
        <source>%1 is neither %2 (on) nor %3 (off)</source>
        <translation>%1 n&apos;est ni %2 (activé) ni %3 (désactivé)</translation>
    </message>
    <message>
        <source>line %1, %2: write a page&apos;s origin as scheme://host[:port], e.g. https://deck.example</source>
        <translation>ligne %1, %2 : écrivez l&apos;origine d&apos;une page sous la forme schéma://hôte[:port], par ex. https://deck.example</translation>
    </message>
    <message>
        <source>a password is required when listening beyond this machine (%1): anyone on the network could take over the show</source>
        <translation>un mot de passe est nécessaire pour écouter au-delà de cette machine (%1) : n&apos;importe qui sur le réseau pourrait prendre la main sur l&apos;émission</translation>
    </message>
    <message>
        <source>remote port %1: choose a port from 1 to 65535</source>
        <translation>port distant %1 : choisissez un port de 1 à 65535</translation>
    </message>
    <message>
        <source>remote host %1: without a password, remote control listens only on this machine (127.0.0.1); anyone on the network could take over the show</source>
        <translation>hôte distant %1 : sans mot de passe, la télécommande n&apos;écoute que sur cette machine (127.0.0.1) ; n&apos;importe qui sur le réseau pourrait prendre la main sur l&apos;émission</translation>
    </message>
    <message>
        <source>remote allowed origin %1: write it as scheme://host[:port], e.g. https://deck.example</source>
        <translation>origine distante autorisée %1 : écrivez-la sous la forme schéma://hôte[:port], par ex. https://deck.example</translation>
    </message>
    <message>
        <source>--remote %1: give [HOST:]PORT with a port from 1 to 65535, e.g. 4455</source>
        <translation>--remote %1 : indiquez [HÔTE:]PORT avec un port de 1 à 65535, par ex. 4455</translation>
    </message>
    <message>
        <source>--remote %1: the host before the port is empty</source>
        <translation>--remote %1 : l&apos;hôte avant le port est vide</translation>
    </message>
    <message>
        <source>--size %1</source>
        <translation>--size %1</translation>
    </message>
    <message>
        <source>%1: write it as WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>%1 : écrivez-la sous la forme LARGEURxHAUTEUR, par ex. 1280x720</translation>
    </message>
    <message>
        <source>%1: width and height must be even, from 64x64 to 7680x4320</source>
        <translation>%1 : la largeur et la hauteur doivent être paires, de 64x64 à 7680x4320</translation>
    </message>
    <message>
        <source>--fps %1</source>
        <translation>--fps %1</translation>
    </message>
    <message>
        <source>%1: choose %2 or %3</source>
        <translation>%1 : choisissez %2 ou %3</translation>
    </message>
    <message>
        <source>--rtmp %1: the address must start with rtmp:// or rtmps://</source>
        <translation>--rtmp %1 : l&apos;adresse doit commencer par rtmp:// ou rtmps://</translation>
    </message>
    <message>
        <source>--rtmp %1: the address has no server name</source>
        <translation>--rtmp %1 : l&apos;adresse n&apos;a pas de nom de serveur</translation>
    </message>
    <message>
        <source>--rtmp %1: the address needs an application and a stream key, e.g. rtmp://host/live/KEY</source>
        <translation>--rtmp %1 : l&apos;adresse a besoin d&apos;une application et d&apos;une clé de stream, par ex. rtmp://host/live/CLE</translation>
    </message>
    <message>
        <source>--record %1: record to a .mkv or .mp4 file</source>
        <translation>--record %1 : enregistrez dans un fichier .mkv ou .mp4</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 does not exist</source>
        <translation>--record %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 cannot be written to</source>
        <translation>--record %1 : impossible d&apos;écrire dans le dossier %2</translation>
    </message>
    <message>
        <source>--record %1: that is a folder</source>
        <translation>--record %1 : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>--whip %1: a WHIP endpoint is an http:// or https:// address</source>
        <translation>--whip %1 : un point WHIP est une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>%1 %2: the address must not contain spaces or control characters</source>
        <translation>%1 %2 : l&apos;adresse ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 %2: the server name is not valid</source>
        <translation>%1 %2 : le nom du serveur n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1 %2: the port must be a number from 1 to 65535</source>
        <translation>%1 %2 : le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>a scene needs a name</source>
        <translation>une scène a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>a scene name has at most %1 characters, not %2</source>
        <translation>un nom de scène fait %1 caractères au plus, pas %2</translation>
    </message>
    <message>
        <source>%1 is the only scene: a show needs one, so add another first</source>
        <translation>%1 est la seule scène : une émission en a besoin d&apos;une, ajoutez-en donc une autre d&apos;abord</translation>
    </message>
    <message>
        <source>%1 has %2 layers: there is no layer %3</source>
        <translation>%1 a %2 calques : il n&apos;y a pas de calque %3</translation>
    </message>
    <message>
        <source>there is a scene called %1 already: choose another name</source>
        <translation>il y a déjà une scène nommée %1 : choisissez un autre nom</translation>
    </message>
    <message>
        <source>there is no scene called %1</source>
        <translation>il n&apos;y a pas de scène nommée %1</translation>
    </message>
    <message>
        <source>%1: no such setting; there are %2</source>
        <translation>%1 : ce réglage n&apos;existe pas ; il y a %2</translation>
    </message>
    <message>
        <source>%1 (H.264 halves the colour both ways, so odd sizes cannot be encoded)</source>
        <translation>%1 (H.264 divise la couleur par deux dans les deux sens : une taille impaire ne peut pas être encodée)</translation>
    </message>
    <message>
        <source>%1 is not a bitrate: give kbit/s from %2 to %3, e.g. 3000</source>
        <translation>%1 n&apos;est pas un débit : indiquez des kbit/s de %2 à %3, par ex. 3000</translation>
    </message>
    <message>
        <source>%1: give the gain in dB from %2 to +%3, e.g. 0</source>
        <translation>%1 : indiquez le gain en dB de %2 à +%3, par ex. 0</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>il n&apos;y a pas de fichier %1</translation>
    </message>
    <message>
        <source>%1: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH</source>
        <translation>%1 : choisissez tone, none, un micro (mic ou mic:PÉRIPHÉRIQUE) ou file:CHEMIN</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>line %1: the rehearsal audience comes with a rehearsal only, never to a show</source>
        <translation>ligne %1 : le public de répétition ne vient qu&apos;avec une répétition, jamais à une émission</translation>
    </message>
    <message>
        <source>%1 is not an address: no spaces or control characters, at most %2</source>
        <translation>%1 n&apos;est pas une adresse : ni espaces ni caractères de contrôle, %2 au plus</translation>
    </message>
    <message>
        <source>%1 is not an address: check the server name and port</source>
        <translation>%1 n&apos;est pas une adresse : vérifiez le nom du serveur et le port</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://shop.example/checkout</source>
        <translation>%1 n&apos;est pas une adresse web : écrivez-la sous la forme https://boutique.example/checkout</translation>
    </message>
    <message>
        <source>%1 is not a colour: write it as #rrggbb, e.g. #6c2bd9</source>
        <translation>%1 n&apos;est pas une couleur : écrivez-la sous la forme #rrggbb, par ex. #6c2bd9</translation>
    </message>
    <message>
        <source>%1: choose a PNG, JPEG or WebP picture</source>
        <translation>%1 : choisissez une image PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>%1 characters long; at most %2</source>
        <translation>%1 caractères ; %2 au plus</translation>
    </message>
    <message>
        <source>has a space or a control character; paste the key alone</source>
        <translation>contient une espace ou un caractère de contrôle ; collez la clé seule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3</source>
        <translation>%1 : %2 n&apos;est pas l&apos;un de %3</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code, e.g. EUR</source>
        <translation>%1 n&apos;est pas un code de devise ISO 4217, par ex. EUR</translation>
    </message>
    <message>
        <source>%1 is not a known locale, e.g. pt_BR or en_US</source>
        <translation>%1 n&apos;est pas une locale connue, par ex. fr_FR ou en_US</translation>
    </message>
    <message>
        <source>%1: a secret is read from the keyring, never the store</source>
        <translation>%1 : un secret se lit dans le trousseau, jamais dans le magasin</translation>
    </message>
    <message>
        <source>%1: there is no system keyring here to keep it in; set %2 in the environment of the session instead</source>
        <translation>%1 : il n&apos;y a pas de trousseau système ici pour le garder ; définissez plutôt %2 dans l&apos;environnement de la session</translation>
    </message>
    <message>
        <source>%1: the system keyring refused it (see the log)</source>
        <translation>%1 : le trousseau système l&apos;a refusé (voir le journal)</translation>
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
        <translation>le panier %1 est en %2 ; Pix n&apos;accepte que le BRL</translation>
    </message>
    <message>
        <source>cart %1 has nothing to pay</source>
        <translation>le panier %1 n&apos;a rien à payer</translation>
    </message>
    <message>
        <source>remote password: there is no system keyring to keep one in; set %1</source>
        <translation>mot de passe distant : il n&apos;y a pas de trousseau système pour le garder ; définissez %1</translation>
    </message>
    <message>
        <source>remote password: a password is required (or turn it off, on this machine only)</source>
        <translation>mot de passe distant : un mot de passe est nécessaire (ou désactivez-le, sur cette machine seulement)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>impayé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>aucune commande %1</translation>
    </message>
    <message>
        <source>order %1 is %2; it cannot become %3</source>
        <translation>la commande %1 est « %2 » ; elle ne peut pas passer à « %3 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; n&apos;est pas l&apos;un de %2</translation>
    </message>
    <message>
        <source>message %1 is not a question</source>
        <translation>le message %1 n&apos;est pas une question</translation>
    </message>
    <message>
        <source>no show %1</source>
        <translation>aucune émission %1</translation>
    </message>
    <message>
        <source>gain %1 dB: choose from %2 to +%3 dB</source>
        <translation>gain %1 dB : choisissez de %2 à +%3 dB</translation>
    </message>
    <message>
        <source>audio input %1: no such input (there are: %2)</source>
        <translation>entrée audio %1 : elle n&apos;existe pas (il y a : %2)</translation>
    </message>
    <message>
        <source>--pin %1: no product has that code (see `vitrina products`)</source>
        <translation>--pin %1 : aucun produit n&apos;a ce code (voir `vitrina products`)</translation>
    </message>
    <message>
        <source>%1 %2: no such scene; there are %3</source>
        <translation>%1 %2 : cette scène n&apos;existe pas ; il y a %3</translation>
    </message>
    <message>
        <source>--chat %1: the rehearsal audience only comes to a rehearsal (--rehearsal): its orders would mix with real ones</source>
        <translation>--chat %1 : le public de répétition ne vient qu&apos;à une répétition (--rehearsal) : ses commandes se mêleraient aux vraies</translation>
    </message>
    <message>
        <source>--source %1</source>
        <translation>--source %1</translation>
    </message>
    <message>
        <source>--audio %1: there is no file %2</source>
        <translation>--audio %1 : il n&apos;y a pas de fichier %2</translation>
    </message>
    <message>
        <source>--audio %1</source>
        <translation>--audio %1</translation>
    </message>
    <message>
        <source>--audio %1: use tone, none, mic[:DEVICE] or file:PATH</source>
        <translation>--audio %1 : utilisez tone, none, mic[:PÉRIPHÉRIQUE] ou file:CHEMIN</translation>
    </message>
    <message>
        <source>a rehearsal publishes nothing: end it and open the show to go live</source>
        <translation>une répétition ne diffuse rien : terminez-la et ouvrez l&apos;émission pour passer en direct</translation>
    </message>
    <message>
        <source>already recording to %1</source>
        <translation>enregistrement déjà en cours dans %1</translation>
    </message>
    <message>
        <source>the scene %1 has no layer %2 (it has %3)</source>
        <translation>la scène %1 n&apos;a pas de calque %2 (elle en a %3)</translation>
    </message>
    <message>
        <source>turn studio mode on to prepare a scene in preview</source>
        <translation>activez le mode studio pour préparer une scène dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>a transition takes the preview to program: turn studio mode on first</source>
        <translation>une transition fait passer l&apos;aperçu au programme : activez d&apos;abord le mode studio</translation>
    </message>
    <message>
        <source>the show is not open</source>
        <translation>l&apos;émission n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>--show last: there has been no show yet (start one with `vitrina run`)</source>
        <translation>--show last : il n&apos;y a pas encore eu d&apos;émission (lancez-en une avec `vitrina run`)</translation>
    </message>
    <message>
        <source>--show %1: no such show</source>
        <translation>--show %1 : cette émission n&apos;existe pas</translation>
    </message>
    <message>
        <source>--viewers %1</source>
        <translation>--viewers %1</translation>
    </message>
    <message>
        <source>%1: use youtube:VIDEO_ID or twitch:LOGIN</source>
        <translation>%1 : utilisez youtube:VIDEO_ID ou twitch:LOGIN</translation>
    </message>
    <message>
        <source>%1: give the live video&apos;s id, e.g. youtube:dQw4w9WgXcQ</source>
        <translation>%1 : indiquez l&apos;id de la vidéo en direct, par exemple youtube:dQw4w9WgXcQ</translation>
    </message>
    <message>
        <source>%1: give the channel&apos;s login, e.g. twitch:myshop</source>
        <translation>%1 : indiquez l&apos;identifiant de la chaîne, par exemple twitch:myshop</translation>
    </message>
    <message>
        <source>%1: the rehearsal rate is messages per second, from %2 to %3</source>
        <translation>%1 : le rythme de la répétition se donne en messages par seconde, de %2 à %3</translation>
    </message>
    <message>
        <source>%1: the ingest port is a number from %2 to %3</source>
        <translation>%1 : le port d&apos;entrée est un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>%1: the ingest socket needs a token: set VITRINA_INGEST_TOKEN (or store one in the system keyring as vitrina/ingest)</source>
        <translation>%1 : le socket d&apos;entrée a besoin d&apos;un jeton : définissez VITRINA_INGEST_TOKEN (ou enregistrez-en un dans le trousseau du système sous vitrina/ingest)</translation>
    </message>
    <message>
        <source>%1: give the live chat&apos;s id, e.g. youtube:Cg0KC2FiY2RlZmdoaWpr</source>
        <translation>%1 : indiquez l&apos;id du chat en direct, par exemple youtube:Cg0KC2FiY2RlZmdoaWpr</translation>
    </message>
    <message>
        <source>%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] or rehearsal[:MESSAGES_PER_SECOND]</source>
        <translation>%1 : utilisez irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] ou rehearsal[:MESSAGES_PER_SECOND]</translation>
    </message>
    <message>
        <source>--chat %1</source>
        <translation>--chat %1</translation>
    </message>
    <message>
        <source>%1: name the Twitch channel, e.g. twitch:myshop</source>
        <translation>%1 : nommez la chaîne Twitch, par exemple twitch:myshop</translation>
    </message>
    <message>
        <source>%1: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL</source>
        <translation>%1 : écrivez irc://HOST:PORT/#CHANNEL, ircs://... ou twitch:CHANNEL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>le CSV est mal formé : %1</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>%1 cellules, mais l&apos;en-tête a %2 colonnes (une virgule dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>un prix est requis</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of units</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier d&apos;unités</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: stock cannot go below zero</source>
        <translation>&apos;%1&apos; est négatif : le stock ne peut pas descendre sous zéro</translation>
    </message>
    <message>
        <source>the sku is empty</source>
        <translation>le SKU est vide</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>the price has no currency: %1</source>
        <translation>le prix n&apos;a pas de devise : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code: use 1 to 12 letters and digits, like A12</source>
        <translation>&apos;%1&apos; n&apos;est pas un code : utilisez 1 à 12 lettres et chiffres, comme A12</translation>
    </message>
    <message>
        <source>the %1 format needs the column &apos;%2&apos;</source>
        <translation>le format %1 a besoin de la colonne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>le fichier a un en-tête mais aucun produit</translation>
    </message>
    <message>
        <source>the header is neither a Shopify product export (Handle, Title, Variant Price, ...) nor a product sheet (sku, title, price, ...)</source>
        <translation>l&apos;en-tête n&apos;est ni un export de produits Shopify (Handle, Title, Variant Price, ...) ni une feuille de produits (sku, title, price, ...)</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already appears on line %2</source>
        <translation>&apos;%1&apos; apparaît déjà à la ligne %2</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; belongs to product &apos;%2&apos; already</source>
        <translation>le code &apos;%1&apos; appartient déjà au produit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is also on line %2</source>
        <translation>le code &apos;%1&apos; est aussi à la ligne %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a variant of product &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; est déjà une variante du produit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --currency CODE, or set the store&apos;s currency with `vitrina settings currency CODE`</source>
        <translation>indiquez --currency CODE, ou définissez la devise de la boutique avec `vitrina settings currency CODE`</translation>
    </message>
    <message>
        <source>Shopify exports carry no currency: %1</source>
        <translation>les exports Shopify ne portent pas de devise : %1</translation>
    </message>
    <message>
        <source>the Handle is empty</source>
        <translation>le Handle est vide</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no title on its first row</source>
        <translation>le produit &apos;%1&apos; n&apos;a pas de titre sur sa première ligne</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no variant row with a price</source>
        <translation>le produit &apos;%1&apos; n&apos;a aucune ligne de variante avec un prix</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; already has the variant &apos;%2&apos; on line %3</source>
        <translation>le produit &apos;%1&apos; a déjà la variante &apos;%2&apos; à la ligne %3</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: on the card&apos;s panel it has a contrast of %2:1 over some pictures, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 est difficile à lire à l&apos;écran : sur le panneau de la fiche, son contraste est de %2:1 sur certaines images, et il faut au moins %3:1 ; choisissez une couleur plus sombre ou plus profonde</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: white text on it has a contrast of %2:1, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 est difficile à lire à l&apos;écran : le texte blanc dessus a un contraste de %2:1, et il faut au moins %3:1 ; choisissez une couleur plus sombre ou plus profonde</translation>
    </message>
    <message>
        <source>removed by a moderator</source>
        <translation>supprimé par un modérateur</translation>
    </message>
    <message>
        <source>a quantity must be 1 to %1</source>
        <translation>la quantité doit être de 1 à %1</translation>
    </message>
    <message>
        <source>no product has the code %1</source>
        <translation>aucun produit n&apos;a le code %1</translation>
    </message>
    <message>
        <source>no product code</source>
        <translation>pas de code produit</translation>
    </message>
    <message>
        <source>which %1?</source>
        <translation>précisez : %1</translation>
    </message>
    <message>
        <source>which variant?</source>
        <translation>quelle variante ?</translation>
    </message>
    <message>
        <source>which %1? (&apos;%2&apos; is not one of %3&apos;s)</source>
        <translation>précisez : %1 (&apos;%2&apos; n&apos;est pas une option de %3)</translation>
    </message>
    <message>
        <source>which variant? (&apos;%1&apos; is not one of %2&apos;s)</source>
        <translation>quelle variante ? (&apos;%1&apos; n&apos;est pas une option de %2)</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 n&apos;existe pas en %2</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <translation>précisez : %1 — %2</translation>
    </message>
    <message>
        <source>which variant? %1</source>
        <translation>quelle variante ? %1</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Let remote-control tools drive the show (obs-websocket 5)</source>
        <translation>Laisser les outils de télécommande piloter l&apos;émission (obs-websocket 5)</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Exiger un mot de passe</translation>
    </message>
    <message>
        <source>https://deck.example (one per line)</source>
        <translation>https://deck.example (une par ligne)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Lecture des réglages…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Pages du navigateur autorisées</translation>
    </message>
    <message>
        <source>A web page open in your browser can reach remote control too: it is refused unless its origin is listed here</source>
        <translation>Une page ouverte dans votre navigateur peut aussi joindre la télécommande : elle est refusée sauf si son origine figure ici</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Télécommande</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Impossible de lire les réglages : {reason}</translation>
    </message>
    <message>
        <source>Always required when listening beyond this machine ({host}): anyone on the network could take over the show</source>
        <translation>Toujours exigé en écoute hors de cette machine ({host}) : n&apos;importe qui sur le réseau pourrait prendre la main</translation>
    </message>
    <message>
        <source>Without a password, any web page open in this computer&apos;s browser can switch scenes, go live or end the show. Turn it off only if you know why.</source>
        <translation>Sans mot de passe, n&apos;importe quelle page ouverte dans le navigateur de cet ordinateur peut changer de scène, passer en direct ou terminer l&apos;émission. Ne le désactivez qu&apos;en connaissance de cause.</translation>
    </message>
    <message>
        <source>Tools connect to {url}</source>
        <translation>Les outils se connectent à {url}</translation>
    </message>
    <message>
        <source>Tools connect to the address and port above</source>
        <translation>Les outils se connectent à l&apos;adresse et au port ci-dessus</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Lecture des réglages en cours : réessayez OK dans un instant</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <source>reserved</source>
        <comment>reply: the item is the buyer&apos;s</comment>
        <translation>réservé</translation>
    </message>
    <message>
        <source>pre-order</source>
        <comment>reply: the item is ordered before it is in stock</comment>
        <translation>précommande</translation>
    </message>
    <message>
        <source>reminder</source>
        <comment>reply: a cart still waits for payment</comment>
        <translation>rappel</translation>
    </message>
    <message>
        <source>cart</source>
        <comment>reply: before the cart&apos;s code</comment>
        <translation>panier</translation>
    </message>
    <message>
        <source>total</source>
        <comment>reply: before the cart&apos;s total</comment>
        <translation>total</translation>
    </message>
    <message>
        <source>pay</source>
        <comment>reply: before the payment link</comment>
        <translation>paiement</translation>
    </message>
    <message>
        <source>held until %1</source>
        <comment>reply: the reservation lasts until a time of day</comment>
        <translation>gardé jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>ships %1</source>
        <comment>reply: a pre-order&apos;s shipping date</comment>
        <translation>expédié le %1</translation>
    </message>
    <message>
        <source>your cart is waiting for payment</source>
        <translation>votre panier attend le paiement</translation>
    </message>
    <message>
        <source>%1 is sold out: you are #%2 on the waitlist</source>
        <comment>reply: the item, the place in line</comment>
        <translation>%1 est épuisé : vous êtes n° %2 sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>sold out, you are on the waitlist</source>
        <comment>reply said once to several buyers</comment>
        <translation>épuisé, vous êtes sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <comment>reply: the item</comment>
        <translation>%1 est épuisé</translation>
    </message>
    <message>
        <source>sold out</source>
        <comment>reply said once to several buyers</comment>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>the hold on %1 ran out: it is released</source>
        <comment>reply: the item</comment>
        <translation>la réservation de %1 a expiré : il est remis en vente</translation>
    </message>
    <message>
        <source>your hold ran out, the item is released</source>
        <comment>reply said once to several buyers</comment>
        <translation>votre réservation a expiré, l&apos;article est remis en vente</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <comment>reply: the product code, then its choices</comment>
        <translation>quel %1 ? %2</translation>
    </message>
</context>
<context>
    <name>SceneEditing</name>
    <message>
        <source>Add scene</source>
        <translation>Ajouter une scène</translation>
    </message>
    <message>
        <source>Name of the new scene:</source>
        <translation>Nom de la nouvelle scène :</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Rename scene</source>
        <translation>Renommer la scène</translation>
    </message>
    <message>
        <source>New name for the scene:</source>
        <translation>Nouveau nom de la scène :</translation>
    </message>
    <message>
        <source>Duplicate scene</source>
        <translation>Dupliquer la scène</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>“%1” is on program: put another scene on program to delete it</source>
        <translation>« %1 » est au programme : mettez une autre scène au programme pour la supprimer</translation>
    </message>
    <message>
        <source>“%1” is in preview: prepare another scene to delete it</source>
        <translation>« %1 » est dans l&apos;aperçu : préparez une autre scène pour la supprimer</translation>
    </message>
    <message>
        <source>“%1” is the only scene: a show needs one</source>
        <translation>« %1 » est la seule scène : une émission en a besoin d&apos;une</translation>
    </message>
    <message>
        <source>Delete scene</source>
        <translation>Supprimer la scène</translation>
    </message>
    <message>
        <source>Delete the scene “%1” and its layers?</source>
        <translation>Supprimer la scène « %1 » et ses calques ?</translation>
    </message>
</context>
<context>
    <name>SceneLayersModel</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Fiche produit</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Bandeau des prix</translation>
    </message>
    <message>
        <source>Shown: untick to hide it</source>
        <translation>Affiché : décochez pour le masquer</translation>
    </message>
    <message>
        <source>Hidden: tick to show it</source>
        <translation>Masqué : cochez pour l&apos;afficher</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <source>On program</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>In preview</source>
        <translation>Dans l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a scene showing the camera</source>
        <translation>Ajouter une scène avec la caméra</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the chosen scene</source>
        <translation>Renommer la scène choisie</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Copy the chosen scene and its layers</source>
        <translation>Copier la scène choisie et ses calques</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the chosen scene up</source>
        <translation>Monter la scène choisie</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the chosen scene down</source>
        <translation>Descendre la scène choisie</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the chosen scene</source>
        <translation>Supprimer la scène choisie</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Calques de %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Comes from {variable} in this session&apos;s environment: change it there.</source>
        <translation>Vient de {variable} dans l&apos;environnement de cette session : changez-le là.</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in: set {variable} in the environment instead.</source>
        <translation>Aucun trousseau système ici pour le garder : définissez plutôt {variable} dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Kept in the system keyring.</source>
        <translation>Gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Not set. Kept in the system keyring once saved.</source>
        <translation>Non défini. Gardé dans le trousseau du système une fois enregistré.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SettingDefinitions</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Where the show&apos;s sound comes from: a microphone, a test tone, a file (file:PATH) or none</source>
        <translation>D&apos;où vient le son de l&apos;émission : un micro, une tonalité de test, un fichier (file:PATH) ou rien</translation>
    </message>
    <message>
        <source>The system&apos;s default microphone</source>
        <translation>Le micro par défaut du système</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Une tonalité de test</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <source>Gain (dB)</source>
        <translation>Gain (dB)</translation>
    </message>
    <message>
        <source>Louder or softer than the input gives it, from -60 to +20 dB; 0 leaves it</source>
        <translation>Plus fort ou plus doux que l&apos;entrée, de -60 à +20 dB ; 0 le laisse tel quel</translation>
    </message>
    <message>
        <source>Chats to read</source>
        <translation>Chats à lire</translation>
    </message>
    <message>
        <source>One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</source>
        <translation>Un par ligne : twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</translation>
    </message>
    <message>
        <source>Twitch token</source>
        <translation>Jeton Twitch</translation>
    </message>
    <message>
        <source>An OAuth token for the channel&apos;s account; without it chat is read anonymously</source>
        <translation>Un jeton OAuth du compte de la chaîne ; sans lui, le chat est lu anonymement</translation>
    </message>
    <message>
        <source>YouTube API key</source>
        <translation>Clé d&apos;API YouTube</translation>
    </message>
    <message>
        <source>A YouTube Data API key, to read a live chat</source>
        <translation>Une clé YouTube Data API, pour lire un chat en direct</translation>
    </message>
    <message>
        <source>YouTube token</source>
        <translation>Jeton YouTube</translation>
    </message>
    <message>
        <source>An OAuth token instead of the key, to read the channel&apos;s own private chats</source>
        <translation>Un jeton OAuth à la place de la clé, pour lire les chats privés de la chaîne</translation>
    </message>
    <message>
        <source>Chat ingest token</source>
        <translation>Jeton d&apos;entrée du chat</translation>
    </message>
    <message>
        <source>What a chat bridge must show to the local ingest socket</source>
        <translation>Ce qu&apos;un pont de chat doit présenter au socket d&apos;entrée local</translation>
    </message>
    <message>
        <source>Replies in chat</source>
        <translation>Réponses dans le chat</translation>
    </message>
    <message>
        <source>on: buy comments are answered in the chat they came from (reserved, waitlist, which variant), within each platform&apos;s message limits</source>
        <translation>on : les commentaires d&apos;achat reçoivent une réponse dans leur chat (réservé, liste d&apos;attente, quelle variante), dans les limites de chaque plateforme</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activées</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Viewer counts to read</source>
        <translation>Nombre de spectateurs à lire</translation>
    </message>
    <message>
        <source>One a line, asked once a minute while a show runs: youtube:VIDEO_ID (with the key or token above), twitch:LOGIN (with the token and the Client-Id below)</source>
        <translation>Un par ligne, demandé chaque minute pendant le direct : youtube:VIDEO_ID (avec la clé ou le jeton ci-dessus), twitch:LOGIN (avec le jeton et le Client-Id ci-dessous)</translation>
    </message>
    <message>
        <source>Twitch Client-Id</source>
        <translation>Client-Id Twitch</translation>
    </message>
    <message>
        <source>The Client-Id of the application the Twitch token was made for: Twitch&apos;s API wants it to say how many watch</source>
        <translation>Le Client-Id de l&apos;application pour laquelle le jeton Twitch a été créé : l&apos;API de Twitch l&apos;exige pour dire combien regardent</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>The colour of the graphics&apos; bands, prices and bars, as #rrggbb</source>
        <translation>La couleur des bandeaux, prix et barres des graphismes, en #rrggbb</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture shown in a corner of the stream</source>
        <translation>Une image PNG, JPEG ou WebP affichée dans un coin du direct</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The language of menus, docks and dialogs; the system&apos;s unless chosen</source>
        <translation>La langue des menus, panneaux et dialogues ; celle du système sauf choix</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Télécommande</translation>
    </message>
    <message>
        <source>1 lets obs-websocket 5 tools (Stream Deck, Companion, scripts) drive the show</source>
        <translation>1 laisse les outils obs-websocket 5 (Stream Deck, Companion, scripts) piloter l&apos;émission</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Where tools connect: 127.0.0.1 is this machine only</source>
        <translation>Où se connectent les outils : 127.0.0.1, cette machine seulement</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port tools connect to; 4455 is the one they try first</source>
        <translation>Le port où se connectent les outils ; ils essaient 4455 en premier</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Exiger un mot de passe</translation>
    </message>
    <message>
        <source>1 makes each tool give the password; always so beyond this machine</source>
        <translation>1 oblige chaque outil à donner le mot de passe ; toujours hors de cette machine</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Pages du navigateur autorisées</translation>
    </message>
    <message>
        <source>Web pages&apos; origins, one a line, e.g. https://deck.example</source>
        <translation>Origines des pages web, une par ligne, p. ex. https://deck.example</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>ISO 4217 currency of imported prices that name none, e.g. EUR</source>
        <translation>Devise ISO 4217 des prix importés qui n&apos;en indiquent pas, p. ex. EUR</translation>
    </message>
    <message>
        <source>Money locale</source>
        <translation>Format des montants</translation>
    </message>
    <message>
        <source>How the show writes money and numbers, e.g. pt_BR</source>
        <translation>Comment l&apos;émission écrit les montants et les nombres, p. ex. pt_BR</translation>
    </message>
    <message>
        <source>Buy keywords</source>
        <translation>Mots d&apos;achat</translation>
    </message>
    <message>
        <source>The words that make a comment a purchase, per language, e.g. &apos;en: sold, mine; es: compro&apos;</source>
        <translation>Les mots qui font d&apos;un commentaire un achat, par langue, p. ex. &apos;en: sold, mine; es: compro&apos;</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>The shop&apos;s page the QR code opens for a product without a link of its own, e.g. https://shop.example/checkout</source>
        <translation>La page de la boutique qu&apos;ouvre le QR d&apos;un produit sans lien propre, p. ex. https://shop.example/checkout</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>The picture&apos;s size, WIDTHxHEIGHT, both even: upright 1080x1920 for TikTok, Reels and Shorts</source>
        <translation>La taille de l&apos;image, LARGEURxHAUTEUR, toutes deux paires : vertical 1080x1920 pour TikTok, Reels et Shorts</translation>
    </message>
    <message>
        <source>1920x1080 (landscape, 1080p)</source>
        <translation>1920x1080 (paysage, 1080p)</translation>
    </message>
    <message>
        <source>1280x720 (landscape, 720p)</source>
        <translation>1280x720 (paysage, 720p)</translation>
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
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Frames per second; 30 suits most platforms</source>
        <translation>Images par seconde ; 30 convient à la plupart des plateformes</translation>
    </message>
    <message>
        <source>Video bitrate (kbit/s)</source>
        <translation>Débit vidéo (kbit/s)</translation>
    </message>
    <message>
        <source>How much picture a second is sent, e.g. 3000 at 720p, 4500 at 1080p</source>
        <translation>Quantité d&apos;image envoyée par seconde, p. ex. 3000 en 720p, 4500 en 1080p</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>Préréglage de l&apos;encodeur</translation>
    </message>
    <message>
        <source>Faster presets leave the computer more to spare, slower ones look better at the same bitrate</source>
        <translation>Les préréglages rapides ménagent l&apos;ordinateur, les lents rendent mieux au même débit</translation>
    </message>
    <message>
        <source>Hold (minutes)</source>
        <translation>Réservation (minutes)</translation>
    </message>
    <message>
        <source>Minutes an unpaid reservation is held before its stock is released (0: held until you act)</source>
        <translation>Minutes pendant lesquelles une réservation impayée est gardée avant de libérer son stock (0 : jusqu&apos;à votre action)</translation>
    </message>
    <message>
        <source>Show discount</source>
        <translation>Remise du direct</translation>
    </message>
    <message>
        <source>A code and its discount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;; empty for none</source>
        <translation>Un code et sa remise, p. ex. &apos;LIVE10 10%&apos; ou &apos;LIVE5 5.00&apos; ; vide pour aucune</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>The flat shipping fee per cart, e.g. 15.90; empty for free shipping</source>
        <translation>Frais de port forfaitaires par panier, p. ex. 15.90 ; vide pour la livraison gratuite</translation>
    </message>
    <message>
        <source>Free shipping over</source>
        <translation>Livraison gratuite dès</translation>
    </message>
    <message>
        <source>Carts from this amount (after the discount) ship free, e.g. 150</source>
        <translation>Les paniers à partir de ce montant (après remise) sont livrés gratuitement, p. ex. 150</translation>
    </message>
    <message>
        <source>Pix key</source>
        <translation>Clé Pix</translation>
    </message>
    <message>
        <source>The shop&apos;s Pix key (CPF, CNPJ, e-mail, +55 phone or random key): each cart gets a Pix code</source>
        <translation>La clé Pix de la boutique (CPF, CNPJ, e-mail, téléphone +55 ou clé aléatoire) : chaque panier reçoit un code Pix</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s name</source>
        <translation>Nom du bénéficiaire Pix</translation>
    </message>
    <message>
        <source>Up to 25 letters, as the bank shows it to the buyer</source>
        <translation>Jusqu&apos;à 25 lettres, tel que la banque l&apos;affiche à l&apos;acheteur</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s city</source>
        <translation>Ville du bénéficiaire Pix</translation>
    </message>
    <message>
        <source>Up to 15 letters</source>
        <translation>Jusqu&apos;à 15 lettres</translation>
    </message>
    <message>
        <source>PayPal.Me name</source>
        <translation>Nom PayPal.Me</translation>
    </message>
    <message>
        <source>Buyers get paypal.me/NAME/AMOUNT</source>
        <translation>Les acheteurs reçoivent paypal.me/NOM/MONTANT</translation>
    </message>
    <message>
        <source>Cart checkout link</source>
        <translation>Lien de paiement du panier</translation>
    </message>
    <message>
        <source>A link with {cart}, {total} and {items}, e.g. https://shop.example/cart/{items}</source>
        <translation>Un lien avec {cart}, {total} et {items}, p. ex. https://shop.example/cart/{items}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Impossible d&apos;enregistrer les réglages : {reason}</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Prices are kept in one currency. The demo products are priced in it too, so a show&apos;s takings are never in two currencies.</source>
        <translation>Les prix sont gardés dans une seule devise. Les produits de démo aussi, pour que les recettes d&apos;une émission ne soient jamais en deux devises.</translation>
    </message>
    <message>
        <source>Money is written as in:</source>
        <translation>Les montants s&apos;écrivent comme en :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>A price reads:</source>
        <translation>Un prix s&apos;affiche ainsi :</translation>
    </message>
    <message>
        <source>Currency: {code} is not an ISO 4217 code, e.g. EUR</source>
        <translation>Devise : {code} n&apos;est pas un code ISO 4217, p. ex. EUR</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Money format: {locale} is not a locale, e.g. pt_BR</source>
        <translation>Format des montants : {locale} n&apos;est pas une locale, p. ex. pt_BR</translation>
    </message>
</context>
<context>
    <name>ShowControls</name>
    <message>
        <source>Show</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <source>Publish to the destinations you choose</source>
        <translation>Diffuser sur les destinations choisies</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the show on every destination</source>
        <translation>Terminer l&apos;émission sur toutes les destinations</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the program to the recordings folder</source>
        <translation>Enregistrer le programme dans le dossier des enregistrements</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Rehearse on a copy of the shop with a practice audience: nothing is published</source>
        <translation>Répétez sur une copie de la boutique avec un public d&apos;entraînement : rien n&apos;est diffusé</translation>
    </message>
    <message>
        <source>Studio Mode</source>
        <translation>Mode studio</translation>
    </message>
    <message>
        <source>Prepare the next scene in preview</source>
        <translation>Préparer la scène suivante dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing</source>
        <translation>Une répétition ne diffuse rien</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Terminer l&apos;émission ?</translation>
    </message>
    <message>
        <source>The stream stops on every destination and the recording is finished.</source>
        <translation>Le direct s&apos;arrête sur toutes les destinations et l&apos;enregistrement est finalisé.</translation>
    </message>
    <message>
        <source>The recording failed: {error}</source>
        <translation>L&apos;enregistrement a échoué : {error}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Enregistrement sauvegardé : {path}</translation>
    </message>
</context>
<context>
    <name>ShowReportWindow</name>
    <message>
        <source>Show report</source>
        <translation>Rapport d&apos;émission</translation>
    </message>
    <message>
        <source>Choose a show; choose several (Ctrl or Shift) to compare their figures</source>
        <translation>Choisissez une émission ; plusieurs (Ctrl ou Maj) pour comparer leurs chiffres</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Spectateurs</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Épinglages</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Ctrl+click more shows to compare their figures side by side</source>
        <translation>Ctrl+clic sur d&apos;autres émissions pour comparer leurs chiffres côte à côte</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Émission %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat messages per minute</source>
        <translation>Messages de chat par minute</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Spectateurs simultanés</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>spectateurs</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <source>Orders this show</source>
        <translation>Commandes de l&apos;émission</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>This minute</source>
        <translation>Cette minute</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Regardent</translation>
    </message>
    <message numerus="yes">
        <source>%n orders, %1</source>
        <translation>
            <numerusform>%n commande, %1</numerusform>
            <numerusform>%n commandes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>The store could not do it: %1</source>
        <translation>La base de données n&apos;a pas pu le faire : %1</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>Cannot read the show&apos;s store: %1</source>
        <translation>Impossible de lire la base de données de l&apos;émission : %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 failed (the log says why)</source>
        <translation>%1 a échoué (le journal dit pourquoi)</translation>
    </message>
</context>
<context>
    <name>StreamWords</name>
    <message numerus="yes">
        <source>Only %n left</source>
        <comment>low-stock badge</comment>
        <translation>
            <numerusform>Plus que %n</numerusform>
            <numerusform>Plus que %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <comment>stock badge and ticker</comment>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Comment %1 %2</source>
        <comment>buy line: the buy keyword, then the product code</comment>
        <translation>Commentez %1 %2</translation>
    </message>
    <message>
        <source>Pre-order · ships %1</source>
        <comment>card badge: a product sold ahead, then its ship date</comment>
        <translation>Précommande · expédié le %1</translation>
    </message>
    <message>
        <source>Code %1: %2 off</source>
        <comment>the show&apos;s discount code, then what it takes off (10% or R$ 5,00)</comment>
        <translation>Code %1 : %2 de remise</translation>
    </message>
    <message>
        <source>Free shipping over %1</source>
        <comment>ticker: carts from this amount ship free</comment>
        <translation>Livraison offerte dès %1</translation>
    </message>
    <message>
        <source>Scan to buy</source>
        <comment>caption under the QR code</comment>
        <translation>Scannez pour acheter</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Vente flash</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Vente terminée</translation>
    </message>
    <message>
        <source>Sold!</source>
        <comment>burst when an order arrives</comment>
        <translation>Vendu !</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <comment>title when the host names no prize</comment>
        <translation>Concours</translation>
    </message>
    <message>
        <source>Type %1 to enter</source>
        <comment>giveaway: the keyword to type in chat</comment>
        <translation>Écrivez %1 pour participer</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>giveaway entries so far</comment>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner</source>
        <comment>giveaway: caption over the winner&apos;s name</comment>
        <translation>Gagnant</translation>
    </message>
</context>
<context>
    <name>StudioStatusBar</name>
    <message>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Pas en direct</translation>
    </message>
    <message>
        <source>Remote: off</source>
        <translation>Télécommande : désactivée</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Ouverture de l&apos;émission…</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · lagged {lagged} · skipped {skipped} · dropped {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</source>
        <translation>{fps:.0f} i/s · en retard {lagged} · sautées {skipped} · perdus {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f} %</translation>
    </message>
    <message>
        <source>lagged: frames the clock could not compose in time; skipped: frames the encoder could not take; dropped: packets a slow destination let go</source>
        <translation>en retard : images que l&apos;horloge n&apos;a pas pu composer à temps ; sautées : images que l&apos;encodeur n&apos;a pas pu prendre ; perdus : paquets qu&apos;une destination lente a laissés</translation>
    </message>
    <message numerus="yes">
        <source>Remote: %n clients</source>
        <translation>
            <numerusform>Télécommande : %n client</numerusform>
            <numerusform>Télécommande : %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote-control tools connect to {url}</source>
        <translation>Les outils de télécommande se connectent à {url}</translation>
    </message>
    <message>
        <source>Remote: failed: {reason}</source>
        <translation>Télécommande : échec : {reason}</translation>
    </message>
    <message>
        <source>The show goes on; change the address or port in File ▸ Settings…</source>
        <translation>L&apos;émission continue ; changez l&apos;adresse ou le port dans Fichier ▸ Réglages…</translation>
    </message>
    <message>
        <source>Turn remote control on in File ▸ Settings…</source>
        <translation>Activez la télécommande dans Fichier ▸ Réglages…</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>The next show opens with these; `vitrina run` too, unless its options say otherwise.</source>
        <translation>La prochaine émission s&apos;ouvre avec ceci ; `vitrina run` aussi, sauf si ses options disent autre chose.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
</TS>
