import torch

p = torch.zeros(3, requires_grad=True)

# Every optimizer keeps its settings in .defaults; show the main ones.
sgd = torch.optim.SGD([p])
for key in ("lr", "momentum", "weight_decay"):
    print(f"SGD   {key}: {sgd.defaults[key]}")
for name, cls in (("Adam ", torch.optim.Adam), ("AdamW", torch.optim.AdamW)):
    opt = cls([p])
    for key in ("lr", "betas", "eps", "weight_decay"):
        print(f"{name} {key}: {opt.defaults[key]}")
