"""Optional payment providers that make a cart's payment link: Mercado Pago Checkout Pro and
Stripe Payment Links. Their keys live in the keyring (or the environment), never in the store."""
