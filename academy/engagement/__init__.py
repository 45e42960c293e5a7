"""Growth is relational: each person's engagement web, the network of who helped whom
(with consent), and the invitation links through which newcomers arrive."""
