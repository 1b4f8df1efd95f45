import torch

# A Generator is a private random stream, separate from the global one.
g = torch.Generator().manual_seed(0)

torch.manual_seed(123)
torch.rand(1000)  # heavy use of the global stream ...
x = torch.rand(3, generator=g)  # ... leaves g untouched
print("x         =", x)

# A fresh generator with the same seed replays the same numbers.
h = torch.Generator().manual_seed(0)
print("fresh gen =", torch.rand(3, generator=h))

# get_state / set_state bookmark a point in the stream and return to it.
state = g.get_state()
p = torch.randn(2, generator=g)
g.set_state(state)
q = torch.randn(2, generator=g)
print("p =", p)
print("q =", q)
